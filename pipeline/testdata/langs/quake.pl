Trzęsienie ziemi o magnitudzie 6,8 nawiedziło w piątek późnym wieczorem środkowe Maroko, zabijając ponad 2000 osób i raniąc co najmniej 2400 – poinformowało w sobotę ministerstwo spraw wewnętrznych.

Wstrząs nastąpił o godz. 23:11 czasu lokalnego (22:11 GMT) na głębokości 18,5 kilometra, około 72 km na południowy zachód od Marrakeszu – podała amerykańska służba geologiczna USGS.

„Poczuliśmy bardzo gwałtowny wstrząs” – powiedział 33-letni Abdelhak El Amrani, mieszkaniec Marrakeszu. „Połowa domów na starym mieście ma pęknięcia”.

Król Mohammed VI ogłosił trzydniową żałobę narodową, a ONZ podała, że ucierpiało około 300 000 osób.

Było to najtragiczniejsze trzęsienie ziemi w Maroku od 1960 roku, kiedy wstrząs zniszczył miasto Agadir i zabił co najmniej 12 000 osób.
