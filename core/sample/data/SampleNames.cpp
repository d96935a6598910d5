#include "sample/data/SampleNames.h"

#include "sample/data/SampleRandom.h"

#include <vector>

using namespace Qt::StringLiterals;

namespace smtpaudit::sample::SampleNames {
namespace {

struct NamePart
{
    QString text;
    QString ascii;
};

struct Culture
{
    std::vector<NamePart> given;
    std::vector<NamePart> surnames;
    QString language;
    bool surnameFirst = false; // CJK display names: "山田 太郎"
    int weight = 1;
};

const std::vector<Culture>& cultures()
{
    static const std::vector<Culture> table{
        {{{u"Jürgen"_s, u"juergen"_s},
          {u"Käthe"_s, u"kaethe"_s},
          {u"Björn"_s, u"bjoern"_s},
          {u"Anna"_s, u"anna"_s},
          {u"Lukas"_s, u"lukas"_s},
          {u"Sören"_s, u"soeren"_s},
          {u"Jörg"_s, u"joerg"_s},
          {u"Hannah"_s, u"hannah"_s},
          {u"Maximilian"_s, u"maximilian"_s},
          {u"Sophie"_s, u"sophie"_s},
          {u"Felix"_s, u"felix"_s},
          {u"Ümit"_s, u"uemit"_s}},
         {{u"Müller"_s, u"mueller"_s},
          {u"Schröder"_s, u"schroeder"_s},
          {u"Weiß"_s, u"weiss"_s},
          {u"Groß"_s, u"gross"_s},
          {u"Köhler"_s, u"koehler"_s},
          {u"Schmidt"_s, u"schmidt"_s},
          {u"Fischer"_s, u"fischer"_s},
          {u"Bäcker"_s, u"baecker"_s},
          {u"Hoffmann"_s, u"hoffmann"_s},
          {u"Wagner"_s, u"wagner"_s},
          {u"Zimmermann"_s, u"zimmermann"_s},
          {u"Öztürk"_s, u"oeztuerk"_s}},
         u"de-DE"_s,
         false,
         40},
        {{{u"James"_s, u"james"_s},
          {u"Mary"_s, u"mary"_s},
          {u"Olivia"_s, u"olivia"_s},
          {u"Liam"_s, u"liam"_s},
          {u"Emma"_s, u"emma"_s},
          {u"Noah"_s, u"noah"_s},
          {u"Grace"_s, u"grace"_s},
          {u"Ethan"_s, u"ethan"_s}},
         {{u"Smith"_s, u"smith"_s},
          {u"Johnson"_s, u"johnson"_s},
          {u"O'Brien"_s, u"obrien"_s},
          {u"Williams"_s, u"williams"_s},
          {u"Brown"_s, u"brown"_s},
          {u"Taylor"_s, u"taylor"_s},
          {u"McAllister"_s, u"mcallister"_s}},
         u"en-US"_s,
         false,
         25},
        {{{u"Łukasz"_s, u"lukasz"_s},
          {u"Zofia"_s, u"zofia"_s},
          {u"Élodie"_s, u"elodie"_s},
          {u"François"_s, u"francois"_s},
          {u"José"_s, u"jose"_s},
          {u"Çağla"_s, u"cagla"_s},
          {u"Søren"_s, u"soren"_s}},
         {{u"Wójcik"_s, u"wojcik"_s},
          {u"Lefèvre"_s, u"lefevre"_s},
          {u"Núñez"_s, u"nunez"_s},
          {u"Yılmaz"_s, u"yilmaz"_s},
          {u"Ødegård"_s, u"odegard"_s},
          {u"Dvořák"_s, u"dvorak"_s}},
         u"fr-FR"_s,
         false,
         12},
        {{{u"太郎"_s, u"taro"_s}, {u"花子"_s, u"hanako"_s}, {u"健"_s, u"ken"_s}, {u"由美"_s, u"yumi"_s}},
         {{u"山田"_s, u"yamada"_s}, {u"佐藤"_s, u"sato"_s}, {u"鈴木"_s, u"suzuki"_s}, {u"高橋"_s, u"takahashi"_s}},
         u"ja-JP"_s,
         true,
         6},
        {{{u"伟"_s, u"wei"_s}, {u"芳"_s, u"fang"_s}, {u"静"_s, u"jing"_s}, {u"磊"_s, u"lei"_s}},
         {{u"李"_s, u"li"_s}, {u"王"_s, u"wang"_s}, {u"张"_s, u"zhang"_s}, {u"刘"_s, u"liu"_s}},
         u"zh-CN"_s,
         true,
         5},
        {{{u"محمد"_s, u"mohammed"_s}, {u"فاطمة"_s, u"fatima"_s}, {u"أحمد"_s, u"ahmed"_s}, {u"ليلى"_s, u"layla"_s}},
         {{u"العلي"_s, u"alali"_s}, {u"حسن"_s, u"hassan"_s}, {u"الحربي"_s, u"alharbi"_s}, {u"منصور"_s, u"mansour"_s}},
         u"ar-AE"_s,
         false,
         6},
        {{{u"דוד"_s, u"david"_s}, {u"שרה"_s, u"sarah"_s}, {u"יעל"_s, u"yael"_s}, {u"נועם"_s, u"noam"_s}},
         {{u"כהן"_s, u"cohen"_s}, {u"לוי"_s, u"levi"_s}, {u"מזרחי"_s, u"mizrahi"_s}, {u"פרץ"_s, u"peretz"_s}},
         u"he-IL"_s,
         false,
         4},
    };
    return table;
}

template <typename T>
const T& pickFrom(SampleRandom& random, const std::vector<T>& items)
{
    return items[static_cast<std::size_t>(random.index(static_cast<qsizetype>(items.size())))];
}

QString longName()
{
    // 300 characters exactly: longer than any column, label or PDF cell expects.
    QString name;
    while (name.size() < 300)
        name += u"Wolfeschlegelsteinhausenbergerdorff-"_s;
    name.truncate(300);
    return name;
}

} // namespace

PersonName person(SampleRandom& random)
{
    static const std::vector<int> weights = [] {
        std::vector<int> list;
        for (const Culture& culture : cultures())
            list.push_back(culture.weight);
        return list;
    }();
    const Culture& culture = cultures()[static_cast<std::size_t>(random.weighted(weights))];
    const NamePart& given = pickFrom(random, culture.given);
    const NamePart& surname = pickFrom(random, culture.surnames);
    PersonName name;
    name.givenName = given.text;
    name.surname = surname.text;
    name.displayName = culture.surnameFirst ? surname.text + u' ' + given.text : given.text + u' ' + surname.text;
    name.alias = given.ascii + u'.' + surname.ascii;
    name.preferredLanguage = culture.language;
    return name;
}

std::span<const HostileName> hostile()
{
    static const std::vector<HostileName> table{
        {u"<script>alert(1)</script>"_s, u"qa.script"_s},
        {u"=cmd|' /C calc'!A0"_s, u"qa.formula"_s},
        {longName(), u"qa.longname"_s},
        {u"Robert'); DROP TABLE Students;--"_s, u"qa.sql"_s},
        {u"\"Quoted\" O'Neil, Jr."_s, u"qa.quotes"_s},
        {u"<img src=x onerror=alert(document.domain)>"_s, u"qa.img"_s},
        {u"Invoice \u202Egpj.exe"_s, u"qa.rtlo"_s},
        {u"{{7*7}} ${jndi:ldap://example.invalid/a}"_s, u"qa.template"_s},
        {u"@SUM(1+9)*cmd|' /C calc'!A0"_s, u"qa.formula2"_s},
        {u"Zoë 🚀 Ops \\ %USERNAME% & <b>bold</b>"_s, u"qa.mixed"_s},
    };
    return {table.data(), table.size()};
}

QString department(SampleRandom& random)
{
    static const std::vector<QString> table{u"Vertrieb"_s,   u"Buchhaltung"_s, u"IT"_s,        u"Marketing"_s,
                                            u"Produktion"_s, u"Personal"_s,    u"Einkauf"_s,   u"Logistik"_s,
                                            u"Legal"_s,      u"研究開発"_s,    u"Operations"_s};
    return pickFrom(random, table);
}

QString jobTitle(SampleRandom& random)
{
    static const std::vector<QString> table{u"Sachbearbeiter"_s, u"Teamleiterin"_s,    u"Engineer"_s,
                                            u"Sales Manager"_s,  u"Werkstudent"_s,     u"Accountant"_s,
                                            u"Consultant"_s,     u"Geschäftsführer"_s, u"Analyst"_s};
    return pickFrom(random, table);
}

QString officeLocation(SampleRandom& random)
{
    static const std::vector<QString> table{u"Berlin HQ"_s, u"München"_s, u"Hamburg"_s, u"Wien"_s,
                                            u"Zürich"_s,    u"Tokyo"_s,   u"Remote"_s};
    return pickFrom(random, table);
}

QString sharedMailboxName(int index)
{
    static const std::vector<QString> table{u"Buchhaltung – Rechnungseingang"_s,
                                            u"Info"_s,
                                            u"Support"_s,
                                            u"Bewerbungen"_s,
                                            u"営業チーム"_s,
                                            u"Newsletter"_s,
                                            u"فريق المبيعات"_s,
                                            u"Einkauf & Logistik"_s};
    const QString base = table[static_cast<std::size_t>(index) % table.size()];
    return index < static_cast<int>(table.size()) ? base : base + u' ' + QString::number(index);
}

QString roomName(int index)
{
    static const std::vector<QString> table{u"Konferenzraum Süd"_s, u"会議室 東京"_s, u"חדר ישיבות"_s, u"Boardroom"_s,
                                            u"Raum Großglockner"_s};
    const QString base = table[static_cast<std::size_t>(index) % table.size()];
    return index < static_cast<int>(table.size()) ? base : base + u' ' + QString::number(index);
}

QString equipmentName(int index)
{
    static const std::vector<QString> table{u"Beamer 3. OG"_s, u"Poolfahrzeug B-SA 1234"_s, u"Kamera Sony α7"_s};
    const QString base = table[static_cast<std::size_t>(index) % table.size()];
    return index < static_cast<int>(table.size()) ? base : base + u' ' + QString::number(index);
}

QString partnerDomain(SampleRandom& random)
{
    static const std::vector<QString> table{u"partner.example"_s, u"agentur.example"_s, u"supplier.example"_s,
                                            u"consulting.example"_s, u"gmail.example"_s};
    return pickFrom(random, table);
}

QString applicationName(int index)
{
    static const std::vector<QString> table{u"Scanner Relay"_s,     u"CRM Mailer"_s,         u"HR Portal"_s,
                                            u"Backup Notifier"_s,   u"Legacy Invoice App"_s, u"Power BI Connector"_s,
                                            u"Ticketsystem OTRS"_s, u"Monitoring Alerts"_s};
    const QString base = table[static_cast<std::size_t>(index) % table.size()];
    return index < static_cast<int>(table.size()) ? base : base + u" #"_s + QString::number(index);
}

} // namespace smtpaudit::sample::SampleNames
