$ residency where personal from DE to US
--- stderr
<query>:1:18: error: unexpected 'to'; expected 'with' or end of input
    1 | personal from DE to US
      |                  ^~
--- exit 2
