$ residency import subprocessors tests/e2e/data/subprocessors-bad.csv
--- stderr
tests/e2e/data/subprocessors-bad.csv:2:22: error: unknown country 'EU' (expected an ISO 3166-1 code or a country name; a region such as the EU is not a country)
    2 | Acme Hosting,Hosting,EU
      |                      ^~
tests/e2e/data/subprocessors-bad.csv:3:18: error: no country for sub-processor 'Beta Mail'
    3 | Beta Mail,E-mail,
      |                  ^
tests/e2e/data/subprocessors-bad.csv:4:1: error: empty sub-processor name
    4 | ,Analytics,US
      | ^
tests/e2e/data/subprocessors-bad.csv:5:36: error: unknown country 'Atlantis' (expected an ISO 3166-1 code or a country name; a region such as the EU is not a country)
    5 | Gamma AI,Inference,"United States; Atlantis"
      |                                    ^~~~~~~~
tests/e2e/data/subprocessors-bad.csv:6:11: error: unexpected text after a quoted field (double a quote inside one: "")
    6 | "Epsilon" Ltd,Support,GB
      |           ^
tests/e2e/data/subprocessors-bad.csv:7:1: error: unterminated quoted field
    7 | "Delta, Inc.,Support,GB
      | ^
--- exit 2
