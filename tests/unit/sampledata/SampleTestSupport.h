#pragma once

#include "sample/data/TenantGenerator.h"

#include <QCryptographicHash>
#include <QDateTime>

namespace smtpaudit::test {

// The fixed clock of the sample tenants in the unit tests.
inline QDateTime sampleNow()
{
    return QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
}

inline sample::TenantOptions smallOptions(quint64 seed = 42)
{
    sample::TenantOptions options;
    options.size = sample::TenantSize::Small;
    options.seed = seed;
    options.now = sampleNow();
    return options;
}

// A digest of everything the generator decides: users field by field, policies and every sign-in byte.
inline QByteArray fingerprint(const sample::TenantModel& model)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto add = [&](const QString& text) {
        hash.addData(text.toUtf8());
        hash.addData(QByteArrayView("\x1f", 1));
    };
    add(model.tenantId);
    for (const sample::SampleUser& user : model.users) {
        add(user.id);
        add(user.userPrincipalName);
        add(user.displayName);
        add(user.passwordPolicies);
        add(user.methodsRegistered.join(u','));
        add(QString::number(user.lastPasswordChangeAt));
        add(QString::number(static_cast<int>(user.recipientType)));
        add(QString::number(
            user.smtpClientAuthenticationDisabled.has_value() ? (*user.smtpClientAuthenticationDisabled ? 1 : 0) : 2));
        add(QString::number(user.authenticationPolicy));
        add(QString::number(static_cast<int>(user.perUserMfa)));
        add(QString::number(user.accountEnabled));
    }
    for (const sample::ConditionalAccessPolicy& policy : model.conditionalAccessPolicies) {
        add(policy.id);
        add(policy.excludeUsers.join(u','));
    }
    for (const sample::AppRegistration& app : model.applications)
        add(app.appId);
    const auto& records = model.signIns.records();
    hash.addData(QByteArrayView(reinterpret_cast<const char*>(records.data()),
                                static_cast<qsizetype>(records.size() * sizeof(sample::SignInRecord))));
    return hash.result().toHex();
}

} // namespace smtpaudit::test
