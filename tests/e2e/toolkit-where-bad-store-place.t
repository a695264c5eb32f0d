$ residency where personal at DE
--- stderr
<query>:1:10: error: unexpected 'at'; expected ',', 'from', 'with' or end of input
    1 | personal at DE
      |          ^~
--- exit 2
