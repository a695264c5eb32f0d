$ residency where personal with encrypted
--- stderr
<query>:1:24: error: unexpected end of input; expected 'in_transit' or 'at_rest'
    1 | personal with encrypted
      |                        ^
--- exit 2
