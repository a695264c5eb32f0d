$ residency where personal from DE with mechanism EU_SCCC
--- stderr
<query>:1:33: error: unknown mechanism 'EU_SCCC'; did you mean 'EU_SCC'?
    1 | personal from DE with mechanism EU_SCCC
      |                                 ^~~~~~~
--- exit 2
