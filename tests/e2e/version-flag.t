$ residency --version
residency 0.1.0
--- stderr
--- exit 0
