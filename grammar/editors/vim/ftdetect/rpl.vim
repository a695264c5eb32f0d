" *.rpl files are residency policies (RPL)
autocmd BufRead,BufNewFile *.rpl setfiletype rpl
