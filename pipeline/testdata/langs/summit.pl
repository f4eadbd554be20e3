Szczyt odbędzie się we wtorek 4 marca 2025 r. o godz. 14.30 w Genewie.
