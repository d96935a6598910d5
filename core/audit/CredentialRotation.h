#pragma once

#include "audit/EffectiveSmtpAuth.h"
#include "audit/TenantSnapshot.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace smtpaudit {

// One credential with a due date: the passwords of accounts that accept a password over SMTP AUTH
// (due = lastPasswordChangeDateTime + rotation period), app registration secrets and certificates
// (due = endDateTime), and the credential smtpaudit itself signs in with.
struct RotationItem
{
    enum class Kind
    {
        UserPassword,
        AppSecret,
        AppCertificate,
        OwnCredential,
    };
    Kind kind = Kind::UserPassword;
    QString subject;        // UPN, or the app's display name
    QString objectId;       // user id, or the app's appId
    QString credentialName; // the credential's displayName / label; empty for passwords
    QString keyId;
    QDateTime lastChangedAt; // passwords: lastPasswordChangeDateTime; apps: startDateTime
    QDateTime dueAt;
    qint64 daysLeft = 0; // whole days, rounded down; negative = overdue

    bool isOverdue() const { return daysLeft < 0; }
};

QString
rotationKindName(RotationItem::Kind kind); // "user-password" | "app-secret" | "app-certificate" | "own-credential"
std::optional<RotationItem::Kind> rotationKindFromName(QStringView name);

// Every password of an account whose verdict is "enabled" (not only the overdue ones: a schedule shows
// what comes next; filter on isOverdue() for "past the period"), every app credential with an end date,
// and our own credential when it has an expiry. Sorted by due date, then subject.
// `index` (over `snapshot`) saves rebuilding one when the caller has it.
QList<RotationItem> rotationItems(const TenantSnapshot& snapshot, const QList<MailboxAssessment>& mailboxes,
                                  const QDateTime& now, const SnapshotIndex* index = nullptr);

} // namespace smtpaudit
