# Resource object code (Python 3)
# Created by: object code
# Created by: The Resource Compiler for Qt version 6.12.0
# WARNING! All changes made in this file will be lost!

from PySide6 import QtCore

qt_resource_data = b"\
\x00\x00\x0a}\
/\
* Light touches \
on top of the pl\
atform style: st\
ate colours, hea\
ders, message ca\
rds. */\x0a\x0aQLabel[\
role=\x22error\x22] { \
color: #cf222e; \
}\x0aQLabel[role=\x22o\
k\x22] { color: #1a\
7f37; }\x0aQLabel[r\
ole=\x22hint\x22] { co\
lor: #57606a; }\x0a\
QLabel[role=\x22war\
ning\x22] {\x0a    col\
or: #7d4e00; bac\
kground: #fff8c5\
; border: 1px so\
lid #e3c663;\x0a   \
 border-radius: \
4px; padding: 6p\
x 8px;\x0a}\x0aQFrame#\
presenceBanner {\
\x0a    background:\
 #fff8c5; border\
: 1px solid #e3c\
663; border-radi\
us: 4px;\x0a}\x0aQFram\
e#presenceBanner\
 QLabel { color:\
 #7d4e00; }\x0aQLab\
el[role=\x22pageTit\
le\x22] { font-size\
: 14pt; font-wei\
ght: 600; }\x0aQLab\
el[role=\x22empty\x22]\
 { color: #6e778\
1; font-size: 12\
pt; }\x0a\x0aQFrame#ti\
cketHeader QLabe\
l#serialLabel { \
color: #57606a; \
font-weight: 600\
; }\x0aQFrame#ticke\
tHeader QLabel#s\
ubjectLabel { fo\
nt-size: 14pt; f\
ont-weight: 600;\
 }\x0a\x0aQLabel[role=\
\x22badge\x22] {\x0a    b\
order-radius: 9p\
x; padding: 1px \
9px; font-weight\
: 600;\x0a    backg\
round: #eaeef2; \
color: #424a53;\x0a\
}\x0aQLabel[role=\x22b\
adge\x22][status=\x22n\
ew\x22] { backgroun\
d: #ddf4ff; colo\
r: #0550ae; }\x0aQL\
abel[role=\x22badge\
\x22][status=\x22proce\
ssing\x22] { backgr\
ound: #fff1c2; c\
olor: #7d4e00; }\
\x0aQLabel[role=\x22ba\
dge\x22][status=\x22pe\
nding\x22] { backgr\
ound: #fbefff; c\
olor: #8250df; }\
\x0aQLabel[role=\x22ba\
dge\x22][status=\x22so\
lved\x22] { backgro\
und: #dafbe1; co\
lor: #1a7f37; }\x0a\
QLabel[role=\x22bad\
ge\x22][status=\x22clo\
sed\x22] { backgrou\
nd: #eaeef2; col\
or: #57606a; }\x0a\x0a\
QLabel[role=\x22bad\
ge\x22][direction=\x22\
in\x22] { backgroun\
d: #ddf4ff; colo\
r: #0550ae; }\x0aQL\
abel[role=\x22badge\
\x22][direction=\x22ou\
t\x22] { background\
: #dafbe1; color\
: #1a7f37; }\x0aQLa\
bel[role=\x22badge\x22\
][direction=\x22not\
e\x22] { background\
: #fff1c2; color\
: #7d4e00; }\x0a\x0aQL\
abel[delivery=\x22f\
ailed\x22] { color:\
 #cf222e; font-w\
eight: 600; }\x0aQL\
abel[delivery=\x22q\
ueued\x22] { color:\
 #7d4e00; }\x0aQLab\
el[delivery=\x22sen\
t\x22] { color: #1a\
7f37; }\x0a\x0aQFrame#\
ticketHeader { b\
order-bottom: 1p\
x solid #d0d7de;\
 }\x0aQWidget#threa\
dContents { back\
ground: #f6f8fa;\
 }\x0aQFrame#messag\
eBlock {\x0a    bac\
kground: #ffffff\
; border: 1px so\
lid #d0d7de; bor\
der-radius: 6px;\
\x0a}\x0aQFrame#messag\
eBlock[direction\
=\x22note\x22] { backg\
round: #fffbea; \
border-color: #e\
3c663; }\x0aQFrame#\
messageBlock[dir\
ection=\x22out\x22] { \
background: #fbf\
dff; }\x0aQFrame#me\
ssageBlock QLabe\
l#fromLabel { fo\
nt-weight: 600; \
}\x0aQFrame#message\
Block QLabel#dat\
eLabel { color: \
#57606a; }\x0a\x0aQLis\
tWidget#pageList\
 { font-size: 11\
pt; padding: 4px\
 0; }\x0aQListWidge\
t#pageList::item\
 { padding: 7px \
10px; }\x0aQListWid\
get#queueList::i\
tem, QListWidget\
#memberList::ite\
m { padding: 3px\
 4px; }\x0a\x0aQLineEd\
it[readOnly=\x22tru\
e\x22] { background\
: palette(window\
); color: palett\
e(text); }\x0a\x0aQSta\
tusBar QLabel { \
padding: 0 6px; \
}\x0aQStatusBar QTo\
olButton#outboxB\
utton { color: #\
7d4e00; padding:\
 0 4px; }\x0aQStatu\
sBar QToolButton\
#outboxButton[fa\
iled=\x22true\x22] { c\
olor: #cf222e; f\
ont-weight: 600;\
 }\x0a\x0aQFrame#Reply\
Composer { borde\
r-top: 1px solid\
 #d0d7de; }\x0a\
\x00\x00\x00\x1a\
<\
\xb8d\x18\xca\xef\x9c\x95\xcd!\x1c\xbf`\xa1\xbd\xdd\xa7\
\x00\x00\x00\x05vi_VN\
\x00\x00\x01\x05\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2216\
\x22 height=\x2216\x22 vi\
ewBox=\x220 0 16 16\
\x22>\x0a  <path d=\x22M1\
3 8 A5 5 0 1 1 1\
1.5 4.5\x22 fill=\x22n\
one\x22 stroke=\x22#57\
606a\x22 stroke-wid\
th=\x221.6\x22 stroke-\
linecap=\x22round\x22/\
>\x0a  <path d=\x22M9.\
2 1.8 L12.6 4.2 \
L9.4 6.6 Z\x22 fill\
=\x22#57606a\x22/>\x0a</s\
vg>\x0a\
\x00\x00\x01}\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2216\
\x22 height=\x2216\x22 vi\
ewBox=\x220 0 16 16\
\x22>\x0a  <path d=\x22M2\
 9.5 V13.5 H14 V\
9.5 H10.5 L9.5 1\
1 H6.5 L5.5 9.5 \
Z\x22 fill=\x22none\x22 s\
troke=\x22#57606a\x22 \
stroke-width=\x221.\
4\x22 stroke-linejo\
in=\x22round\x22/>\x0a  <\
path d=\x22M8 8 V2.\
2\x22 fill=\x22none\x22 s\
troke=\x22#57606a\x22 \
stroke-width=\x221.\
6\x22 stroke-lineca\
p=\x22round\x22/>\x0a  <p\
ath d=\x22M5.2 4.6 \
L8 1.6 L10.8 4.6\
 Z\x22 fill=\x22#57606\
a\x22/>\x0a</svg>\x0a\
\x00\x00\x03\x0f\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2216\
\x22 height=\x2216\x22 vi\
ewBox=\x220 0 16 16\
\x22>\x0a  <g fill=\x22#5\
7606a\x22>\x0a    <rec\
t x=\x227\x22 y=\x220.8\x22 \
width=\x222\x22 height\
=\x223.2\x22 rx=\x220.6\x22/\
>\x0a    <rect x=\x227\
\x22 y=\x2212\x22 width=\x22\
2\x22 height=\x223.2\x22 \
rx=\x220.6\x22/>\x0a    <\
rect x=\x220.8\x22 y=\x22\
7\x22 width=\x223.2\x22 h\
eight=\x222\x22 rx=\x220.\
6\x22/>\x0a    <rect x\
=\x2212\x22 y=\x227\x22 widt\
h=\x223.2\x22 height=\x22\
2\x22 rx=\x220.6\x22/>\x0a  \
  <rect x=\x227\x22 y=\
\x220.8\x22 width=\x222\x22 \
height=\x223.2\x22 rx=\
\x220.6\x22 transform=\
\x22rotate(45 8 8)\x22\
/>\x0a    <rect x=\x22\
7\x22 y=\x2212\x22 width=\
\x222\x22 height=\x223.2\x22\
 rx=\x220.6\x22 transf\
orm=\x22rotate(45 8\
 8)\x22/>\x0a    <rect\
 x=\x220.8\x22 y=\x227\x22 w\
idth=\x223.2\x22 heigh\
t=\x222\x22 rx=\x220.6\x22 t\
ransform=\x22rotate\
(45 8 8)\x22/>\x0a    \
<rect x=\x2212\x22 y=\x22\
7\x22 width=\x223.2\x22 h\
eight=\x222\x22 rx=\x220.\
6\x22 transform=\x22ro\
tate(45 8 8)\x22/>\x0a\
  </g>\x0a  <circle\
 cx=\x228\x22 cy=\x228\x22 r\
=\x224.6\x22 fill=\x22#57\
606a\x22/>\x0a  <circl\
e cx=\x228\x22 cy=\x228\x22 \
r=\x222\x22 fill=\x22#fff\
fff\x22/>\x0a</svg>\x0a\
\x00\x00\x00\xac\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2216\
\x22 height=\x2216\x22 vi\
ewBox=\x220 0 16 16\
\x22>\x0a  <circle cx=\
\x228\x22 cy=\x228\x22 r=\x226\x22\
 fill=\x22#2da44e\x22 \
stroke=\x22#1a7f37\x22\
 stroke-width=\x221\
\x22/>\x0a</svg>\x0a\
\x00\x00\x00\xb6\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2216\
\x22 height=\x2216\x22 vi\
ewBox=\x220 0 16 16\
\x22>\x0a  <path d=\x22M8\
 3 V13 M3 8 H13\x22\
 stroke=\x22#57606a\
\x22 stroke-width=\x22\
1.8\x22 stroke-line\
cap=\x22round\x22/>\x0a</\
svg>\x0a\
\x00\x00\x01f\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2264\
\x22 height=\x2264\x22 vi\
ewBox=\x220 0 64 64\
\x22>\x0a  <rect x=\x222\x22\
 y=\x222\x22 width=\x2260\
\x22 height=\x2260\x22 rx\
=\x2214\x22 fill=\x22#1f6\
feb\x22/>\x0a  <rect x\
=\x2213\x22 y=\x2219\x22 wid\
th=\x2238\x22 height=\x22\
27\x22 rx=\x224\x22 fill=\
\x22#ffffff\x22/>\x0a  <p\
ath d=\x22M14 21 L3\
2 35 L50 21\x22 fil\
l=\x22none\x22 stroke=\
\x22#1f6feb\x22 stroke\
-width=\x223.5\x22 str\
oke-linejoin=\x22ro\
und\x22 stroke-line\
cap=\x22round\x22/>\x0a</\
svg>\x0a\
\x00\x00\x01\x08\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2216\
\x22 height=\x2216\x22 vi\
ewBox=\x220 0 16 16\
\x22>\x0a  <circle cx=\
\x226.8\x22 cy=\x226.8\x22 r\
=\x224.3\x22 fill=\x22non\
e\x22 stroke=\x22#5760\
6a\x22 stroke-width\
=\x221.6\x22/>\x0a  <path\
 d=\x22M10 10 L14 1\
4\x22 stroke=\x22#5760\
6a\x22 stroke-width\
=\x221.8\x22 stroke-li\
necap=\x22round\x22/>\x0a\
</svg>\x0a\
\x00\x00\x00\xab\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2216\
\x22 height=\x2216\x22 vi\
ewBox=\x220 0 16 16\
\x22>\x0a  <circle cx=\
\x228\x22 cy=\x228\x22 r=\x225.\
5\x22 fill=\x22none\x22 s\
troke=\x22#8c959f\x22 \
stroke-width=\x222\x22\
/>\x0a</svg>\x0a\
"

qt_resource_name = b"\
\x00\x05\
\x00o\xa6S\
\x00i\
\x00c\x00o\x00n\x00s\
\x00\x0c\
\x0d\xfc\x11\x13\
\x00t\
\x00r\x00a\x00n\x00s\x00l\x00a\x00t\x00i\x00o\x00n\x00s\
\x00\x05\
\x00z\xc0%\
\x00s\
\x00t\x00y\x00l\x00e\
\x00\x07\
\x08sXc\
\x00a\
\x00p\x00p\x00.\x00q\x00s\x00s\
\x00\x17\
\x03D\x12\xfd\
\x00s\
\x00t\x00r\x00i\x00n\x00g\x00e\x00e\x00x\x00_\x00d\x00e\x00s\x00k\x00t\x00o\x00p\
\x00_\x00v\x00i\x00.\x00q\x00m\
\x00\x0b\
\x0cj!\xc7\
\x00r\
\x00e\x00f\x00r\x00e\x00s\x00h\x00.\x00s\x00v\x00g\
\x00\x0a\
\x09e\x83\x87\
\x00o\
\x00u\x00t\x00b\x00o\x00x\x00.\x00s\x00v\x00g\
\x00\x0c\
\x0b\xdf,\xc7\
\x00s\
\x00e\x00t\x00t\x00i\x00n\x00g\x00s\x00.\x00s\x00v\x00g\
\x00\x0a\
\x00J\x90\xa7\
\x00o\
\x00n\x00l\x00i\x00n\x00e\x00.\x00s\x00v\x00g\
\x00\x07\
\x07\xa7Z\x07\
\x00a\
\x00d\x00d\x00.\x00s\x00v\x00g\
\x00\x07\
\x08sZ\x07\
\x00a\
\x00p\x00p\x00.\x00s\x00v\x00g\
\x00\x0a\
\x08\x94m\xc7\
\x00s\
\x00e\x00a\x00r\x00c\x00h\x00.\x00s\x00v\x00g\
\x00\x0b\
\x00\xaf\xc0\xa7\
\x00o\
\x00f\x00f\x00l\x00i\x00n\x00e\x00.\x00s\x00v\x00g\
"

qt_resource_struct = b"\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x03\x00\x00\x00\x01\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x08\x00\x00\x00\x06\
\x00\x00\x00.\x00\x02\x00\x00\x00\x01\x00\x00\x00\x05\
\x00\x00\x00\x10\x00\x02\x00\x00\x00\x01\x00\x00\x00\x04\
\x00\x00\x00R\x00\x00\x00\x00\x00\x01\x00\x00\x0a\x81\
\x00\x00\x00>\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\
\x00\x00\x00\xda\x00\x00\x00\x00\x00\x01\x00\x00\x10<\
\x00\x00\x016\x00\x00\x00\x00\x00\x01\x00\x00\x14\x1c\
\x00\x00\x00\xf4\x00\x00\x00\x00\x00\x01\x00\x00\x10\xec\
\x00\x00\x01\x08\x00\x00\x00\x00\x00\x01\x00\x00\x11\xa6\
\x00\x00\x01\x1c\x00\x00\x00\x00\x00\x01\x00\x00\x13\x10\
\x00\x00\x00\xa2\x00\x00\x00\x00\x00\x01\x00\x00\x0b\xa8\
\x00\x00\x00\xbc\x00\x00\x00\x00\x00\x01\x00\x00\x0d)\
\x00\x00\x00\x86\x00\x00\x00\x00\x00\x01\x00\x00\x0a\x9f\
"

def qInitResources():
    QtCore.qRegisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

def qCleanupResources():
    QtCore.qUnregisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

qInitResources()
