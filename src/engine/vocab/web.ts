/**
 * Top-level domains, for telling a web address ("lindasjourney.com", "https://ClickPhobia.com.br/")
 * from a word glued to the next sentence ("home.It was") or a file name ("notes.pdf").
 */
const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/** Country-code TLDs: every ISO 3166-1 alpha-2 code that has one, plus uk, eu and su. */
export const COUNTRY_TLDS = words(`
  ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bm bn bo br bs bt bw by bz
  ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg er es et eu fi fj fk
  fm fo fr ga gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir
  is it je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mg mh mk
  ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl
  pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sk sl sm sn so sr ss st su sv sx sy sz tc
  td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug uk us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw
`);

/** Generic TLDs people actually register personal and business sites under. */
export const GENERIC_TLDS = words(`
  com net org edu gov mil int info biz name pro mobi jobs travel tel asia app dev xyz online site website
  tech store shop blog news life live health care clinic hospital doctor dental email page cloud digital
  media network social family love club art design space fun world today top vip wiki one link agency
  company group center global solutions services studio photography photo pics gallery events fund
  foundation charity church community help support team run fit yoga coach me
`);

/**
 * Country codes that are also everyday words or abbreviations: glued to the word before by a
 * missing space ("home.it", "there.so", "me.in"), they read as a host, so a bare host with one of
 * them counts only with a scheme, "www." or a path.
 */
export const WORDLIKE_TLDS = words(`
  am an as at be by do go he hi id if in is it me my no of on or so to us ad al ca de es la ma mo pa re
  sh st tv ms md
`);

/**
 * Sites everybody links to: news, journals, agencies, platforms. A link to one of them names a
 * page, not a person; profile and fundraiser paths on them are the personal-URL recognizer's.
 */
export const WELL_KNOWN_SITES = words(`
  google.com youtube.com youtu.be facebook.com fb.com instagram.com twitter.com x.com linkedin.com
  tiktok.com threads.net reddit.com pinterest.com snapchat.com whatsapp.com wikipedia.org amazon.com
  apple.com microsoft.com gmail.com yahoo.com outlook.com hotmail.com icloud.com zoom.us bit.ly
  cdc.gov nih.gov who.int fda.gov cms.gov hhs.gov medlineplus.gov pubmed.ncbi.nlm.nih.gov ncbi.nlm.nih.gov
  mayoclinic.org clevelandclinic.org webmd.com nejm.org thelancet.com bmj.com jamanetwork.com
  nursingworld.org ncsbn.org aacn.org ama-assn.org nhs.uk gov.uk gofundme.com caringbridge.org
  nytimes.com cnn.com bbc.com bbc.co.uk washingtonpost.com npr.org apnews.com reuters.com
`);
