# `clauselint rules`: a header, and every column starting where its header does, however long a rule name or clause list.
: 
