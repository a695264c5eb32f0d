$ residency where personal from DE with encrypted at_rest
--- stderr
<query>:1:23: error: 'encrypted at_rest' is a property of stores, not of transfers
    1 | personal from DE with encrypted at_rest
      |                       ^~~~~~~~~~~~~~~~~
--- exit 2
