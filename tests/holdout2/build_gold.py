import json, math, os, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
C = dict(
 Odesa=(46.48572,30.74383), Mykolaiv=(46.97625,31.99296), Shebekino=(50.40967,36.9136), Kursk=(51.73733,36.18735),
 Pokrovsk=(48.28198,37.17585), Dnipro=(48.46664,35.04066), Kropyvnytskyi=(48.50834,32.26618), Belgorod=(50.61074,36.58015),
 Lysychansk=(48.90421,38.44094), Sudzha=(51.1976,35.2726), Vovchansk=(50.29078,36.94108), Kharkiv=(49.98081,36.25272),
 Slatyne=(50.21041,36.15376), Bessonovka=(50.52644,36.30107), VelykaPysarivka=(50.4243,35.47989), Shostka=(51.86296,33.4698),
 Krasnopillia=(50.77458,35.25965), Bryansk=(53.25209,34.37167), Hlukhiv=(51.67822,33.9162), Klimovo=(52.37877,32.1963),
 Pogar=(52.55287,33.25961), Feodosiya=(45.03199,35.38153), Shevchenkove=(49.69524,37.17513), Kupiansk=(49.71003,37.61581),
 Lviv=(49.83826,24.02324), Poltava=(49.58925,34.55367), Zhytomyr=(50.26487,28.67669), Ostrogozhsk=(50.8664,39.07561),
 Rossosh=(50.19828,39.56726), Tuapse=(44.1053,39.0802), Novorossiysk=(44.72439,37.76752), SlavyanskNaKubani=(45.2558,38.1256),
 Nikopol=(47.56826,34.39126), Marhanets=(47.63088,34.6245),
 # context places
 Moscow=(55.75222,37.61556), Istanbul=(41.01384,28.94966), Kyiv=(50.45466,30.5238), StaryOskol=(51.29667,37.84167),
 Bakhmut=(48.59441,37.99983), ChasivYar=(48.59348,37.85724), Mariupol=(47.09514,37.54131), Avdiivka=(48.13989,37.74255),
 Kurchatov=(51.6601,35.6521), Sumy=(50.9216,34.80029), RioDeJaneiro=(-22.90642,-43.18223), Kherson=(46.63695,32.61458),
 Washington=(38.89511,-77.03637), Unecha=(52.84294,32.68761), Sevastopol=(44.60795,33.52134),
 Novocherkassk=(47.42096,40.09185), Simferopol=(44.95719,34.11079), Zaporizhzhia=(47.85167,35.11714),
 Balakliia=(49.45595,36.84433), PrimorskoAkhtarsk=(46.04817,38.17929), Liski=(50.98405,39.51545), Krasnodar=(45.04484,38.97603),
 Enerhodar=(47.49048,34.66199), Vienna=(48.20849,16.37208),
)
PUB = {}
def ni(*names):
    return [{"name": n, "lat": C[n][0], "lon": C[n][1]} for n in names]
NI = {
 "001_ap_odesa_port_third_night.txt": ni("Moscow","Istanbul","Kyiv"),
 "002_reuters_shebekino_shelling.txt": ni("Belgorod","StaryOskol","Moscow"),
 "003_tass_mod_daily_summary.txt": ni("Moscow","Bakhmut","ChasivYar"),
 "004_bbc_kursk_incursion_explainer.txt": ni("Moscow","Mariupol","Bakhmut","Avdiivka","Kurchatov","Sumy"),
 "005_up_kharkiv_epicentr.txt": [],
 "006_rt_kharkov_hardware_store.txt": ni("Kyiv"),
 "007_sumy_governor_telegram.txt": ni("Sumy","Kursk"),
 "008_day_1000_what_we_know.txt": ni("Kyiv","RioDeJaneiro","Kherson","Washington"),
 "009_bryansk_local_klimovo.txt": ni("Bryansk","Unecha"),
 "010_reuters_feodosia_ship.txt": ni("Kyiv","Sevastopol","Novorossiysk","Novocherkassk"),
 "011_tass_feodosiya_attack.txt": ni("Simferopol","Mykolaiv","Zaporizhzhia"),
 "012_afp_kupiansk_district_village.txt": ni("Balakliia","Kyiv","Kharkiv","Belgorod"),
 "013_kyivindependent_lviv_poltava.txt": ni("Kyiv","Kursk","PrimorskoAkhtarsk"),
 "014_voronezh_local_ostrogozhsk_blast.txt": ni("Liski","Avdiivka"),
 "015_krasnodar_refineries_drones.txt": ni("Moscow","Krasnodar"),
 "016_nikopol_iaea_rotation.txt": ni("Zaporizhzhia","Vienna"),
}
R = []  # article, key, place, tol, window, actor, attribution, evidence, note
def row(a, key, place, tol, w, actor, attr, ev, note=None):
    R.append((a, key, place, tol, w, actor, attr, ev, note))
A="001_ap_odesa_port_third_night.txt"
row(A,"odesa-port-2023-07-20","Odesa",15,["2023-07-19","2023-07-20"],"Russia","stated","pounded the southern port city of Odesa overnight","overnight, published Thu 20 Jul")
row(A,"mykolaiv-2023-07-19","Mykolaiv",15,["2023-07-19","2023-07-19"],"Russia","stated","residential building in the nearby city of Mykolaiv","late Wednesday")
A="002_reuters_shebekino_shelling.txt"
row(A,"shebekino-2023-06-01","Shebekino",15,["2023-05-31","2023-06-01"],"Ukraine","alleged","shelled the Russian border town of Shebekino","overnight and into Thursday morning; governor's account")
row(A,"kursk-region-drones-2023-05-31","Kursk",120,["2023-05-31","2023-05-31"],"Ukraine","alleged","shot down two Ukrainian drones over the Kursk region","region-level interception, late on Wednesday")
A="003_tass_mod_daily_summary.txt"
W=["2024-02-14","2024-02-15"]
row(A,"krasnoarmeysk-depot-2024-02","Pokrovsk",15,W,"Russia","claimed","ammunition depot of the Ukrainian Armed Forces near Krasnoarmeysk","Krasnoarmeysk = Pokrovsk; 'over the past day'")
row(A,"nikolayev-workshop-2024-02","Mykolaiv",15,W,"Russia","claimed","unmanned boats in the city of Nikolayev","Nikolayev = Mykolaiv")
row(A,"dnepropetrovsk-region-fuel-2024-02","Dnipro",150,W,"Russia","claimed","a fuel base in the Dnepropetrovsk Region","region only")
row(A,"kirovograd-airfield-2024-02","Kropyvnytskyi",15,W,"Russia","claimed","an airfield near Kirovograd","Kirovograd = Kropyvnytskyi")
row(A,"belgorod-region-drones-2024-02","Belgorod",120,W,"Ukraine","alleged","seven Ukrainian drones over the Belgorod Region","interception, region")
row(A,"kursk-region-drones-2024-02","Kursk",120,W,"Ukraine","alleged","three over the Kursk Region overnight","interception, region")
row(A,"lisichansk-shelling-2024-02-14","Lysychansk",15,["2024-02-14","2024-02-14"],"Ukraine","alleged","Ukrainian troops shelled Lisichansk","JCCC accusation, on Wednesday")
A="004_bbc_kursk_incursion_explainer.txt"
row(A,"sudzha-incursion-2024-08","Sudzha",80,["2024-08-06","2024-08-12"],"Ukraine","stated","advanced towards the town of Sudzha","cross-border incursion into Kursk region that began 6 Aug and is ongoing; Sudzha is the named focus, tolerance 80 km because the event is region-wide (28 settlements)")
row(A,"kursk-city-debris-2024-08-11","Kursk",15,["2024-08-11","2024-08-11"],"Ukraine","alleged","shot down over the city of Kursk","on Sunday; local officials said")
row(A,"vovchansk-offensive-2024-05","Vovchansk",15,["2024-05-01","2024-05-31"],"Russia","stated","towards the town of Vovchansk","month only (In May)")
A="005_up_kharkiv_epicentr.txt"
row(A,"kharkiv-epicentr-2024-05-25","Kharkiv",15,["2024-05-25","2024-05-25"],"Russia","stated","struck the Epicentr hypermarket in Kharkiv","PAIR with 006: 2 killed/33 injured here vs 12 killed/43 injured in 006")
row(A,"slatyne-2024-05-25","Slatyne",15,["2024-05-25","2024-05-25"],"Russia","stated","attacked the village of Slatyne","earlier in the day")
row(A,"kharkiv-printing-house-2024-05-23","Kharkiv",15,["2024-05-23","2024-05-23"],"Russia","stated","destroyed one of Ukraine's largest printing houses","background incident with explicit date")
A="006_rt_kharkov_hardware_store.txt"
row(A,"kharkiv-epicentr-2024-05-25","Kharkiv",15,["2024-05-25","2024-05-25"],"Russia","alleged","striking a hardware store in the city of Kharkov","PAIR with 005; Kharkov spelling; 12 killed/43 injured")
row(A,"bessonovka-2024-05","Bessonovka",15,["2024-05-19","2024-05-26"],"Ukraine","alleged","shelled the village of Bessonovka","village in Belgorod District; no event day given -> 7 days to publication")
A="007_sumy_governor_telegram.txt"
row(A,"velyka-pysarivka-2025-03-17","Velyka Pysarivka",15,["2025-03-17","2025-03-17"],"Russia","alleged","in the village of Velyka Pysarivka","village in Okhtyrka district; late on Monday; governor's Telegram")
row(A,"shostka-2025-03-18","Shostka",15,["2025-03-17","2025-03-18"],"Russia","alleged","Russian drones also attacked Shostka overnight","overnight")
row(A,"krasnopillia-2025-03","Krasnopillia",20,["2025-03-17","2025-03-18"],"Russia","alleged","shelled the Krasnopillia community","hromada (community) level; over the past day")
A="008_day_1000_what_we_know.txt"
row(A,"bryansk-atacms-2024-11-19","Bryansk",120,["2024-11-19","2024-11-19"],"Ukraine","alleged","ATACMS missiles at a facility in the Bryansk region","region only; early on Tuesday")
row(A,"hlukhiv-2024-11-19","Hlukhiv",15,["2024-11-18","2024-11-19"],"Russia","stated","hit a residential area of Hlukhiv","overnight")
row(A,"odesa-2024-11-18","Odesa",15,["2024-11-18","2024-11-18"],"Russia","alleged","Russian missile strike on Odesa on Monday","Ukrainian officials said")
A="009_bryansk_local_klimovo.txt"
row(A,"klimovo-2025-01-13","Klimovo",15,["2025-01-13","2025-01-13"],"Ukraine","alleged","attacked the settlement of Klimovo","late on Monday; governor")
row(A,"pogar-district-drones-2025-01","Pogar",40,["2025-01-13","2025-01-14"],"Ukraine","alleged","over the Pogar district","district-level interception, overnight")
A="010_reuters_feodosia_ship.txt"
row(A,"feodosia-novocherkassk-2023-12-26","Feodosiya",15,["2023-12-26","2023-12-26"],"Ukraine","claimed","Novocherkassk at the port of Feodosia","PAIR with 011: 1 killed/2 wounded here vs 1 killed/4 injured in 011. No date line: Reuters dateline Dec 26")
A="011_tass_feodosiya_attack.txt"
row(A,"feodosia-novocherkassk-2023-12-26","Feodosiya",15,["2023-12-26","2023-12-26"],"Ukraine","alleged","missile attack by the Kiev regime on the port","PAIR with 010; Feodosiya spelling; 'two days ago' from 28 Dec")
A="012_afp_kupiansk_district_village.txt"
row(A,"shevchenkove-2024-06-20","Shevchenkove",15,["2024-06-20","2024-06-20"],"Russia","stated","in the village of Shevchenkove in the Kupiansk district","ambiguous name (3 Shevchenkoves in cities500); Kupiansk district of Kharkiv region; on Thursday")
row(A,"kupiansk-2024-06-21","Kupiansk",15,["2024-06-20","2024-06-21"],"Russia","stated","shelled the town of Kupiansk","overnight")
A="013_kyivindependent_lviv_poltava.txt"
row(A,"lviv-2024-09-04","Lviv",15,["2024-09-04","2024-09-04"],"Russia","stated","missile and drone attack on Lviv early this morning","early this morning")
row(A,"poltava-2024-09-03","Poltava",15,["2024-09-03","2024-09-03"],"Russia","stated","hit a military educational institute and a nearby hospital in Poltava","on Tuesday")
row(A,"zhytomyr-oblast-drones-2024-09","Zhytomyr",120,["2024-09-03","2024-09-04"],"Russia","stated","most of them over Zhytomyr Oblast","oblast-level interception, overnight")
A="014_voronezh_local_ostrogozhsk_blast.txt"
row(A,"ostrogozhsk-explosion-2024-07","Ostrogozhsk",15,["2024-07-06","2024-07-07"],None,"stated","explosion rang out on the outskirts of Ostrogozhsk","unknown cause/actor; the night before")
row(A,"rossosh-district-drones-2024-07","Rossosh",40,["2024-07-06","2024-07-07"],"Ukraine","alleged","three Ukrainian drones over the Rossosh district","district-level interception, overnight")
A="015_krasnodar_refineries_drones.txt"
row(A,"tuapse-refinery-2024-05-17","Tuapse",15,["2024-05-16","2024-05-17"],"Ukraine","claimed","Drones attacked the Tuapse oil refinery","overnight into Friday; SBU source claims")
row(A,"novorossiysk-sea-drones-2024-05","Novorossiysk",30,["2024-05-16","2024-05-17"],"Ukraine","alleged","sea drones heading for the port of Novorossiysk","interception at sea near port")
row(A,"slavyansk-refinery-2024-05-17","SlavyanskNaKubani",15,["2024-05-17","2024-05-17"],"Ukraine","alleged","the refinery in Slavyansk-on-Kuban","Slavyansk-on-Kuban = Slavyansk-na-Kubani")
A="016_nikopol_iaea_rotation.txt"
row(A,"nikopol-2025-02-weekend","Nikopol",15,["2025-02-08","2025-02-09"],"Russia","alleged","Russian troops shelled Nikopol","last weekend (Sat-Sun before Mon 10 Feb)")
row(A,"marhanets-2025-02-10","Marhanets",15,["2025-02-10","2025-02-10"],"Russia","alleged","a Russian drone hit a minibus in Marhanets","on Monday morning")

def km(a,b,c,d):
    p1,p2=math.radians(a),math.radians(c);dp,dl=p2-p1,math.radians(d-b)
    h=math.sin(dp/2)**2+math.cos(p1)*math.cos(p2)*math.sin(dl/2)**2
    return 6371*2*math.asin(min(1,math.sqrt(h)))
gold=[]
for a,key,place,tol,w,actor,attr,ev,note in R:
    lat,lon=C[place.replace(' ','')] if place.replace(' ','') in C else C[place]
    g=dict(article=a,incident_key=key,place=place,lat=lat,lon=lon,tolerance_km=tol,date_window=w,actor=actor,
           attribution=attr,evidence=ev,not_incidents=NI[a])
    if note: g["note"]=note
    gold.append(g)
# validation
files=sorted(f for f in os.listdir('.') if f.endswith('.txt'))
assert set(files)==set(NI), set(files)^set(NI)
errs=[]
for g in gold:
    t=open(g['article']).read()
    if g['evidence'] not in t: errs.append(('evidence',g['article'],g['evidence']))
    w0,w1=map(datetime.date.fromisoformat,g['date_window'])
    if w0>w1: errs.append(('window',g['incident_key']))
    if g['attribution'] not in ('alleged','claimed','stated'): errs.append(('attr',g['incident_key']))
    if g['actor'] not in ('Russia','Ukraine',None): errs.append(('actor',g['incident_key']))
    for n in g['not_incidents']:
        dd=km(g['lat'],g['lon'],n['lat'],n['lon'])
        if dd<=25: errs.append(('context-near',g['incident_key'],n['name'],round(dd)))
# same-article rows that the scorer would collapse (same spot <2km, same window)
for i,g in enumerate(gold):
    for h in gold[:i]:
        if g['article']==h['article'] and g['date_window']==h['date_window'] and km(g['lat'],g['lon'],h['lat'],h['lon'])<2:
            errs.append(('collapse',g['incident_key'],h['incident_key']))
print("errors:",errs)
json.dump(gold,open('gold.json','w'),indent=1,ensure_ascii=False)
for f in files:
    t=open(f).read(); print(f, len(t.split()), 'words', sum(g['article']==f for g in gold),'rows')
print(len(gold),"rows;",len({g['incident_key'] for g in gold}),"keys")
