Toyota Motor ve středu oznámila, že její provozní zisk v období duben až červen klesl o 20 % na 1,16 bilionu jenů (7,7 miliardy dolarů), neboť prodeje v Číně prudce klesly a skandál s certifikací zastavil výrobu v několika závodech.

Tržby vzrostly o 2,6 % na 11,84 bilionu jenů. Společnost ponechala celoroční výhled provozního zisku na 4,3 bilionu jenů, což je méně než rekordních 5,35 bilionu jenů, které vydělala před rokem.

Toyota v tomto čtvrtletí prodala po celém světě 2,35 milionu vozidel, o 4 % méně než před rokem. Prodeje hybridních aut vzrostly zhruba o třetinu.

Finanční ředitel Jóiči Mijazaki řekl novinářům v Tokiu, že slabší jen přidal k zisku 170 miliard jenů. Akcie před zveřejněním výsledků uzavřely o 1,5 % níže.
