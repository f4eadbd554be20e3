Zemětřesení o síle 6,8 zasáhlo v pátek pozdě večer střední Maroko, zabilo více než 2000 lidí a nejméně 2400 zranilo, oznámilo v sobotu ministerstvo vnitra.

Otřesy přišly ve 23:11 místního času (22:11 GMT) v hloubce 18,5 kilometru, asi 72 km jihozápadně od Marrákeše, uvedl Americký geologický ústav.

„Cítili jsme velmi prudké otřesy,“ řekl třiatřicetiletý Abdelhak El Amrani, obyvatel Marrákeše. „Polovina domů ve starém městě má praskliny.“

Král Muhammad VI. vyhlásil třídenní státní smutek a Organizace spojených národů uvedla, že zemětřesení postihlo asi 300 000 lidí.

Šlo o nejsmrtonosnější zemětřesení v Maroku od roku 1960, kdy otřesy zničily město Agadir a zabily nejméně 12 000 lidí.
