Every bad input is refused with exit 2 and a located message
FILE:LINE: column COLUMN: value "VALUE": what was expected, and leaves the database byte for byte
as it was. Each bad file is the example with one thing broken.

  $ sjsj import-objects $EX/objects.csv > /dev/null
  $ sjsj import-staff $EX/staff.csv > /dev/null
  $ cp t.db base.db
  $ cp $EX/objects.csv $EX/staff.csv .

A wrong check character names the one that would be right.

  $ sed '3s/^91500113MABMBW3A5W,/91500113MABMBW3A5X,/' objects.csv > bad-check.csv
  $ sjsj import-objects bad-check.csv
  sjsj: error: bad-check.csv:3: column code: value "91500113MABMBW3A5X": a unified social credit code whose check character is W (GB 32100-2015)
  [2]
  $ cmp t.db base.db && echo unchanged
  unchanged

A letter outside the charset, and a code of the wrong length:

  $ sed -e '4s/^91500113732835409R,/9150011373283540IR,/' -e '7s/^91500113MAABFYTE9D,/91500113MAABFYTE9,/' objects.csv > bad-chars.csv
  $ sjsj import-objects bad-chars.csv
  sjsj: error: bad-chars.csv:4: column code: value "9150011373283540IR": a unified social credit code (characters 0-9 and A-Y without I, O, S, V, Z)
  bad-chars.csv:7: column code: value "91500113MAABFYTE9": an 18-character unified social credit code (got 17 characters; --allow-local-codes accepts other codes)
  [2]
  $ sjsj import-objects --allow-local-codes bad-chars.csv
  sjsj: error: bad-chars.csv:4: column code: value "9150011373283540IR": a unified social credit code (characters 0-9 and A-Y without I, O, S, V, Z)
  [2]
  $ cmp t.db base.db && echo unchanged
  unchanged

An unknown category lists the accepted ones:

  $ sed '5s/,重点,/,一级,/' objects.csv > bad-category.csv
  $ sjsj import-objects bad-category.csv
  sjsj: error: bad-category.csv:5: column category: value "一级": one of 一般 (general), 重点 (key), 特殊 (special)
  [2]
  $ cmp t.db base.db && echo unchanged
  unchanged

In a file with the Chinese headers, problems name the column as the file does:

  $ iconv -f gb18030 -t utf-8 $EX/objects-gb18030.csv | sed -e '5s/,重点,/,一级,/' -e '11s/^91500113MAABRNHG4G,/91500113MAABRNHG4H,/' | iconv -f utf-8 -t gb18030 > bad-gb.csv
  $ sjsj import-objects bad-gb.csv
  sjsj: error: bad-gb.csv:5: column 监管类别: value "一级": one of 一般 (general), 重点 (key), 特殊 (special)
  bad-gb.csv:11: column 统一社会信用代码: value "91500113MAABRNHG4H": a unified social credit code whose check character is G (GB 32100-2015)
  [2]
  $ cmp t.db base.db && echo unchanged
  unchanged

A code given twice names both lines:

  $ (cat objects.csv; sed -n 2p objects.csv | sed 's/诚鼎/重复/') > dup.csv
  $ sjsj import-objects dup.csv
  sjsj: error: dup.csv:472: column code: value "91500113206022731W": a code used once per file (it is already on line 2)
  [2]
  $ cmp t.db base.db && echo unchanged
  unchanged

A missing required column, and an unknown column that lists the known ones:

  $ head -3 objects.csv | cut -d, -f1,3- > no-name.csv
  $ sjsj import-objects no-name.csv
  sjsj: error: no-name.csv:1: a column name (单位名称): it is required
  [2]
  $ sed '1s/,credit,/,credit_rating,/' objects.csv > unknown-column.csv
  $ sjsj import-objects unknown-column.csv
  sjsj: error: unknown-column.csv:1: column 14: value "credit_rating": a known column: code (统一社会信用代码), name (单位名称), category (监管类别), town (所属街镇), industry (行业类别), permit_no (排污许可证编号), permit_class (排污许可管理类别), discharge (排污类型), scale (生产规模), cycle (生产周期), monitoring (监控类型), weather_grade (重污染天气绩效分级), status (经营状态), credit (环境信用等级), positive_list (正面清单), tags (标签)
  [2]
  $ cmp t.db base.db && echo unchanged
  unchanged

Bytes that are neither UTF-8 nor GB18030, early in the file and past the first 64 KiB read:

  $ sed '7s/重庆巴南示例/重庆\xff巴南示例/' objects.csv > bad-bytes.csv
  $ sjsj import-objects bad-bytes.csv
  sjsj: error: bad-bytes.csv:7:22: invalid UTF-8: byte 0xFF (if the file is from Excel in Chinese, try --encoding gb18030)
  [2]
  $ sed '400s/重庆巴南示例/重庆\xff巴南示例/' objects.csv > bad-bytes-late.csv
  $ sjsj import-objects bad-bytes-late.csv
  sjsj: error: bad-bytes-late.csv:400:22: invalid UTF-8: byte 0xFF (if the file is from Excel in Chinese, try --encoding gb18030)
  [2]
  $ sjsj import-objects --encoding utf-8 bad-bytes.csv
  sjsj: error: bad-bytes.csv:7:22: invalid UTF-8: byte 0xFF (if the file is from Excel in Chinese, try --encoding gb18030)
  [2]
  $ LC_ALL=C sed '9s/,/,\xff/' $EX/objects-gb18030.csv > bad-bytes-gb.csv
  $ sjsj import-objects bad-bytes-gb.csv
  sjsj: error: bad-bytes-gb.csv:9:20: byte 0xFF: not GB18030 (nor UTF-8)
  [2]
  $ printf 'code,name,category\n1,a\000b,一般\n' > nul.csv
  $ sjsj import-objects nul.csv
  sjsj: error: nul.csv:2:4: a NUL byte: this is not a text file
  [2]
  $ cmp t.db base.db && echo unchanged
  unchanged

A quoted field left open at the end of the file names the line it starts on:

  $ head -20 objects.csv | sed '$s/^\([^,]*\),/\1,"/' > truncated.csv
  $ sjsj import-objects truncated.csv
  sjsj: error: truncated.csv:20: the file ends inside a quoted field that starts on this line (a closing quote is missing)
  [2]
  $ cmp t.db base.db && echo unchanged
  unchanged

A recusal naming a code that is not in the object directory (a valid code, just unknown):

  $ sed 's/91500113MACDM7HX8G/91500113MA00000008/' staff.csv > bad-recusal.csv
  $ sjsj import-staff bad-recusal.csv
  sjsj: error: bad-recusal.csv:24: column recusals: value "91500113MA00000008": the code of an object in the directory (import objects first)
  [2]
  $ sjsj --db empty.db import-staff staff.csv
  sjsj: error: staff.csv:6: column recusals: value "91500113MA5UAMGD6W": the code of an object in the directory (import objects first)
  staff.csv:6: column recusals: value "91500113739760577C": the code of an object in the directory (import objects first)
  staff.csv:24: column recusals: value "91500113MACDM7HX8G": the code of an object in the directory (import objects first)
  staff.csv:32: column recusals: value "91500113790016313M": the code of an object in the directory (import objects first)
  [2]
  $ cmp t.db base.db && echo unchanged
  unchanged

A bad staff row: a date that does not exist, a negative count, an unknown status.

  $ sed -e '2s/2027-05-28/2027-02-30/' -e '3s/,19,/,-19,/' -e '4s/,在岗,/,出差,/' staff.csv > bad-staff.csv
  $ sjsj import-staff bad-staff.csv
  sjsj: error: bad-staff.csv:2: column cert_expires: value "2027-02-30": a date as YYYY-MM-DD
  bad-staff.csv:3: column years: value "-19": a non-negative whole number
  bad-staff.csv:4: column status: value "出差": one of 在岗 (active), 离岗 (leave), 调离 (left)
  [2]
  $ cmp t.db base.db && echo unchanged
  unchanged

Every error of a file is reported, up to 50, then a count of the rest.

  $ sed '2,$s/,一般,/,普通,/' objects.csv > many.csv
  $ sjsj import-objects many.csv > out.txt 2>&1; echo $?
  2
  $ head -2 out.txt
  sjsj: error: many.csv:2: column category: value "普通": one of 一般 (general), 重点 (key), 特殊 (special)
  many.csv:3: column category: value "普通": one of 一般 (general), 重点 (key), 特殊 (special)
  $ tail -2 out.txt
  many.csv:58: column category: value "普通": one of 一般 (general), 重点 (key), 特殊 (special)
  ... and 342 more problems (392 in all)
  $ grep -c ': column category: value "普通": ' out.txt
  50
  $ cmp t.db base.db && echo unchanged
  unchanged

A dry run of a bad file fails the same way.

  $ sjsj import-objects --dry-run bad-category.csv
  sjsj: error: bad-category.csv:5: column category: value "一级": one of 一般 (general), 重点 (key), 特殊 (special)
  [2]

An empty file and a file that does not exist:

  $ : > empty.csv
  $ sjsj import-objects empty.csv
  sjsj: error: empty.csv: the file is empty (expected a header row)
  [2]
  $ sjsj import-objects nowhere.csv
  FILE: File does not exist: nowhere.csv
  Run with --help for more information.
  [1]
  $ cmp t.db base.db && echo unchanged
  unchanged
