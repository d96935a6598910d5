#include "signins/SignInBatch.h"

#include "signins/SignInStore.h"

using namespace Qt::StringLiterals;

namespace smtpaudit {

namespace {

// Events without an id are keyed by their content: two copies of the same id-less event (returned by two
// overlapping slices) still collapse into one.
SignInIdHash contentKey(const SignInRecord& r)
{
    const QChar sep(0x1f);
    QString key = u"no-id"_s;
    key += sep + QString::number(r.hasCreated ? r.createdMs : SignInStore::kNoTime);
    for (const QString* field :
         {&r.userPrincipalName, &r.userId, &r.appDisplayName, &r.clientAppUsed, &r.ipAddress, &r.city,
          &r.countryOrRegion, &r.failureReason, &r.userAgent, &r.operatingSystem, &r.browser})
        key += sep + field->toCaseFolded();
    key += sep + (r.errorCode ? QString::number(*r.errorCode) : u"-"_s);
    return SignInIdHash::fromId(key);
}

} // namespace

InternKey SignInBatch::textKey(const QString& text) const
{
    return {{}, &text, text.isEmpty() ? 0 : StringDictionary::hash(text)};
}

InternKey SignInBatch::ownedKey(QString text)
{
    m_texts.push_back(std::move(text));
    return textKey(m_texts.back());
}

InternKey SignInBatch::trimmedKey(const QString& text)
{
    if (text.isEmpty() || (!text.front().isSpace() && !text.back().isSpace()))
        return textKey(text);
    return ownedKey(text.trimmed());
}

InternKey SignInBatch::pageKey(const SignInText& text, bool trim)
{
    if (const auto utf8 = text.plainUtf8(trim))
        return {*utf8, nullptr, utf8->isEmpty() ? 0 : StringDictionary::hash(*utf8)};
    QString decoded = text.toString();
    return ownedKey(trim ? std::move(decoded).trimmed() : std::move(decoded));
}

PreparedSignIn& SignInBatch::addRecord(const SignInRecord& r)
{
    PreparedSignIn& p = m_events.emplace_back();
    p.hasCreated = r.hasCreated;
    p.createdMs = r.createdMs;
    p.errorCode = r.errorCode;
    p.isInteractive = r.isInteractive;
    p.conditionalAccessStatus = r.conditionalAccessStatus;
    p.authProtocol = r.authProtocol;
    p.authKind = r.authKind;
    p.passwordStepSeen = r.passwordStepSeen;
    // The store keeps the UPN and the client app trimmed; the rest as given.
    p.keys = {trimmedKey(r.userPrincipalName), textKey(r.userId),        textKey(r.appDisplayName),
              trimmedKey(r.clientAppUsed),     textKey(r.ipAddress),     textKey(r.city),
              textKey(r.countryOrRegion),      textKey(r.failureReason), textKey(r.userAgent),
              textKey(r.operatingSystem),      textKey(r.browser)};
    return p;
}

void SignInBatch::add(const SignInRecord& record)
{
    PreparedSignIn& p = addRecord(record);
    const QString id = record.id.trimmed();
    p.withoutId = id.isEmpty();
    p.id = p.withoutId ? contentKey(record) : SignInIdHash::fromId(id);
}

void SignInBatch::add(const SignInRecord& record, const SignInIdHash& id)
{
    addRecord(record).id = id;
}

void SignInBatch::add(const SignInFields& e)
{
    PreparedSignIn& p = m_events.emplace_back();
    p.hasCreated = e.hasCreated;
    p.createdMs = e.createdMs;
    p.errorCode = e.errorCode;
    p.isInteractive = e.isInteractive;
    p.conditionalAccessStatus = e.conditionalAccessStatus;
    p.authProtocol = e.authProtocol;
    p.passwordStepSeen = e.passwordStepSeen;
    // As a record: the IP is trimmed when read; the store trims the UPN and the client app.
    p.keys = {pageKey(e.userPrincipalName, true), pageKey(e.userId, false),        pageKey(e.appDisplayName, false),
              pageKey(e.clientAppUsed, true),     pageKey(e.ipAddress, true),      pageKey(e.city, false),
              pageKey(e.countryOrRegion, false),  pageKey(e.failureReason, false), pageKey(e.userAgent, false),
              pageKey(e.operatingSystem, false),  pageKey(e.browser, false)};
    if (const auto plainId = e.id.plainUtf8(true)) {
        p.withoutId = plainId->isEmpty();
        if (!p.withoutId)
            p.id = SignInIdHash::fromUtf8(*plainId);
    } else {
        const QString id = e.id.toString().trimmed();
        p.withoutId = id.isEmpty();
        if (!p.withoutId)
            p.id = SignInIdHash::fromId(id);
    }
    if (p.withoutId)
        p.id = contentKey(e.toRecord());
}

} // namespace smtpaudit
