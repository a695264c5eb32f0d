$ residency explain 'transfer of persnal from DE to US'
--- stderr
<fact>:1:13: error: unknown class 'persnal'; did you mean 'personal'?
    1 | transfer of persnal from DE to US
      |             ^~~~~~~
--- exit 2
