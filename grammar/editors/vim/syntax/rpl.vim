" Vim syntax file
" Language:    RPL, the residency policy language (*.rpl)
" Maintainer:  the residency project
" Categories:  declaration and item keywords, other keywords, booleans,
"              severities, ISO 3166-1 country codes and WORLD (constants),
"              locations (provider:region-id), dates, numbers, strings with
"              their escapes, comments.  See grammar/editors/README.md.

if exists("b:current_syntax")
  finish
endif

let s:cpo_save = &cpo
set cpo&vim

syn case match
" a location such as aws:eu-west-1 is one word, never a keyword followed by ':'
syn iskeyword @,48-57,_,58

syn keyword rplDeclaration import region location provider levels class
syn keyword rplDeclaration mechanism rule test
syn keyword rplItem on when require severity cite message remedy since until
syn keyword rplItem as_of store transfer expect operator sensitivity
syn keyword rplKeyword of in origin from to not and or any encrypted
syn keyword rplKeyword in_transit at_rest pseudonymized anonymized key
syn keyword rplKeyword colocated primary subjects attr at with pass violation
syn keyword rplKeyword replicas backups via known
" flow, replica and backup are keywords only right after `via`
syn match   rplViaKind    "\%(\<via\_s\+\)\@<=\%(flow\|replica\|backup\)\>"
syn keyword rplBoolean true false
syn keyword rplSeverity error warning info
syn keyword rplCountry WORLD
syn keyword rplCountry AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB
syn keyword rplCountry BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY
syn keyword rplCountry BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX
syn keyword rplCountry CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK
syn keyword rplCountry FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS
syn keyword rplCountry GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR
syn keyword rplCountry IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA
syn keyword rplCountry LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK
syn keyword rplCountry ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE
syn keyword rplCountry NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM
syn keyword rplCountry PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG
syn keyword rplCountry SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF
syn keyword rplCountry TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY
syn keyword rplCountry UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW

syn match   rplOperator   "[<>=!]=\|[<>=&+-]"
syn match   rplNumber     "\<\d\+\%(_\d\+\)*\>"
syn match   rplDate       "\<\d\{4}-\d\d-\d\d\>"
syn match   rplLocation   "\<[a-z][a-z0-9]*:[A-Za-z0-9][A-Za-z0-9_.-]*"
syn match   rplEscape     +\\[\\"nt]+ contained
syn match   rplBadEscape  +\\[^\\"nt]+ contained
syn region  rplString     start=+"+ skip=+\\\\\|\\"+ end=+"+ end=+$+ oneline contains=rplEscape,rplBadEscape
syn keyword rplTodo       TODO FIXME XXX NOTE contained
syn match   rplComment    "#.*$" contains=rplTodo,@Spell

hi def link rplDeclaration Structure
hi def link rplItem        Statement
hi def link rplKeyword     Keyword
hi def link rplViaKind     Keyword
hi def link rplBoolean     Boolean
hi def link rplSeverity    Constant
hi def link rplCountry     Constant
hi def link rplLocation    Identifier
hi def link rplDate        Number
hi def link rplNumber      Number
hi def link rplOperator    Operator
hi def link rplString      String
hi def link rplEscape      SpecialChar
hi def link rplBadEscape   Error
hi def link rplComment     Comment
hi def link rplTodo        Todo

let b:current_syntax = "rpl"

let &cpo = s:cpo_save
unlet s:cpo_save
