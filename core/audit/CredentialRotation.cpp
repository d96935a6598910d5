#include "audit/CredentialRotation.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace smtpaudit {

namespace {

qint64 wholeDaysLeft(const QDateTime& now, const QDateTime& due)
{
    return qint64(std::floor(double(now.secsTo(due)) / 86400.0));
}

} // namespace

QString rotationKindName(RotationItem::Kind kind)
{
    switch (kind) {
    case RotationItem::Kind::UserPassword:
        return u"user-password"_s;
    case RotationItem::Kind::AppSecret:
        return u"app-secret"_s;
    case RotationItem::Kind::AppCertificate:
        return u"app-certificate"_s;
    case RotationItem::Kind::OwnCredential:
        return u"own-credential"_s;
    }
    return u"user-password"_s;
}

std::optional<RotationItem::Kind> rotationKindFromName(QStringView name)
{
    for (auto kind : {RotationItem::Kind::UserPassword, RotationItem::Kind::AppSecret,
                      RotationItem::Kind::AppCertificate, RotationItem::Kind::OwnCredential})
        if (name == rotationKindName(kind))
            return kind;
    return std::nullopt;
}

QList<RotationItem> rotationItems(const TenantSnapshot& snapshot, const QList<MailboxAssessment>& mailboxes,
                                  const QDateTime& now, const SnapshotIndex* sharedIndex)
{
    QList<RotationItem> items;
    if (snapshot.isComplete(CollectorId::Users)) {
        std::optional<SnapshotIndex> ownIndex;
        if (!sharedIndex)
            ownIndex.emplace(snapshot);
        const SnapshotIndex& index = sharedIndex ? *sharedIndex : *ownIndex;
        for (const MailboxAssessment& row : mailboxes) {
            if (row.smtpAuth.verdict != SmtpAuthVerdict::Enabled)
                continue;
            const DirectoryUser* user = index.userById(row.userId);
            if (!user)
                user = index.userByUpn(row.userPrincipalName);
            if (!user || !user->lastPasswordChangeDateTime.isValid())
                continue;
            RotationItem item;
            item.kind = RotationItem::Kind::UserPassword;
            item.subject = row.userPrincipalName;
            item.objectId = user->id;
            item.lastChangedAt = user->lastPasswordChangeDateTime.toUTC();
            item.dueAt = item.lastChangedAt.addDays(snapshot.rotationPeriodDays);
            item.daysLeft = wholeDaysLeft(now, item.dueAt);
            items << item;
        }
    }
    if (snapshot.isComplete(CollectorId::Applications)) {
        for (const Application& app : snapshot.applications) {
            for (const AppCredential& credential : app.credentials) {
                if (!credential.endDateTime.isValid())
                    continue;
                RotationItem item;
                item.kind = credential.kind == AppCredential::Kind::Secret ? RotationItem::Kind::AppSecret
                                                                           : RotationItem::Kind::AppCertificate;
                item.subject = app.displayName;
                item.objectId = app.appId;
                item.credentialName = credential.displayName;
                item.keyId = credential.keyId;
                item.lastChangedAt = credential.startDateTime.toUTC();
                item.dueAt = credential.endDateTime.toUTC();
                item.daysLeft = wholeDaysLeft(now, item.dueAt);
                items << item;
            }
        }
    }
    const OwnCredential& own = snapshot.ownCredential;
    if ((own.kind == OwnCredential::Kind::ClientSecret || own.kind == OwnCredential::Kind::Certificate) &&
        own.expiresAt.isValid()) {
        RotationItem item;
        item.kind = RotationItem::Kind::OwnCredential;
        item.subject = u"smtpaudit"_s;
        item.objectId = own.appId;
        item.credentialName = own.label.isEmpty() ? ownCredentialKindName(own.kind) : own.label;
        item.dueAt = own.expiresAt.toUTC();
        item.daysLeft = wholeDaysLeft(now, item.dueAt);
        items << item;
    }
    std::stable_sort(items.begin(), items.end(), [](const RotationItem& a, const RotationItem& b) {
        if (a.dueAt != b.dueAt)
            return a.dueAt < b.dueAt;
        return a.subject.compare(b.subject, Qt::CaseInsensitive) < 0;
    });
    return items;
}

} // namespace smtpaudit
