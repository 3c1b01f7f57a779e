#!/usr/bin/env python3
"""Prints the advance widths of Laksaman and Laksaman Bold (the metric clone of TH Sarabun PSK that Debian's
fonts-thai-tlwg ships and fontconfig maps "TH SarabunPSK" to) for ASCII and Thai, in thousandths of an em, as the C#
tables of services/Ita.Micro.DocumentRendering/Layout/FontMetrics.cs. Run it again if the documents' font changes:
    python3 scripts/font-metrics.py /usr/share/fonts/truetype/tlwg
Reads the TrueType cmap (format 4) and hmtx tables; no library needed."""
import struct,sys
def widths(path, chars):
    d=open(path,'rb').read()
    num=struct.unpack('>H',d[4:6])[0]
    tables={}
    for i in range(num):
        tag,cs,off,ln=struct.unpack('>4sIII',d[12+16*i:28+16*i]); tables[tag.decode()]=(off,ln)
    head=tables['head'][0]; upem=struct.unpack('>H',d[head+18:head+20])[0]
    hhea=tables['hhea'][0]; nhm=struct.unpack('>H',d[hhea+34:hhea+36])[0]
    hmtx=tables['hmtx'][0]
    cmap=tables['cmap'][0]
    n=struct.unpack('>H',d[cmap+2:cmap+4])[0]
    sub=None
    for i in range(n):
        pid,eid,off=struct.unpack('>HHI',d[cmap+4+8*i:cmap+12+8*i])
        if pid==3 and eid==1: sub=cmap+off
    fmt=struct.unpack('>H',d[sub:sub+2])[0]; assert fmt==4
    segx2=struct.unpack('>H',d[sub+6:sub+8])[0]; seg=segx2//2
    ends=struct.unpack('>%dH'%seg,d[sub+14:sub+14+segx2])
    starts=struct.unpack('>%dH'%seg,d[sub+16+segx2:sub+16+2*segx2])
    deltas=struct.unpack('>%dh'%seg,d[sub+16+2*segx2:sub+16+3*segx2])
    roff_pos=sub+16+3*segx2
    roffs=struct.unpack('>%dH'%seg,d[roff_pos:roff_pos+segx2])
    def gid(c):
        for i in range(seg):
            if starts[i]<=c<=ends[i]:
                if roffs[i]==0: return (c+deltas[i])&0xffff
                p=roff_pos+2*i+roffs[i]+2*(c-starts[i]); g=struct.unpack('>H',d[p:p+2])[0]
                return (g+deltas[i])&0xffff if g else 0
        return 0
    def adv(g):
        g=min(g,nhm-1); return struct.unpack('>H',d[hmtx+4*g:hmtx+4*g+2])[0]
    return {c: adv(gid(ord(c)))/upem for c in chars}
chars=[chr(c) for c in range(0x20,0x7f)]+[chr(c) for c in range(0xe01,0xe5c)]
folder=sys.argv[1] if len(sys.argv)>1 else '/usr/share/fonts/truetype/tlwg'
for name,file in (('Regular','Laksaman.ttf'),('Bold','Laksaman-Bold.ttf')):
    w=widths(folder+'/'+file,chars)
    def row(lo,hi):
        return ', '.join(str(round(w[chr(c)]*1000)) for c in range(lo,hi))
    print('    // %s: U+0020–U+007E, then U+0E01–U+0E5B' % file)
    print('    private static readonly short[] %sAscii = [' % name + row(0x20,0x7f) + '];')
    print('    private static readonly short[] %sThai = [' % name + row(0xe01,0xe5c) + '];')
