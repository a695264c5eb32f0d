$ residency locations -p tests/toolkit/lint_no_location.rpl
acme:fra1  DE  operator US
acme:iad1  US  operator US
--- stderr
--- exit 0
