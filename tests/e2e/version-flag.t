$ residency --version
residency 0.1.0
standard library current to 2026-12-07
--- stderr
--- exit 0
