$ residency where from DE
--- stderr
<query>:1:1: error: no class given (usage: where CLASS [from PLACE] [with PROPS])
    1 | from DE
      | ^~~~
--- exit 2
