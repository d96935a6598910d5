#pragma once

#include "audit/CollectorStatus.h"
#include "audit/DirectoryData.h"
#include "audit/ExchangeData.h"
#include "audit/PolicyData.h"
#include "audit/SignInUsage.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace smtpaudit {

// The credential smtpaudit itself signs in with (metadata only: never the secret).
struct OwnCredential
{
    enum class Kind
    {
        None,
        ClientSecret,
        Certificate,
        Delegated, // device code / authorization code: no credential of ours to rotate
    };
    Kind kind = Kind::None;
    QString appId;
    QString label;       // e.g. the certificate's subject or thumbprint, the secret's description
    QDateTime expiresAt; // invalid = unknown
};

QString ownCredentialKindName(OwnCredential::Kind kind);
std::optional<OwnCredential::Kind> ownCredentialKindFromName(QStringView name);

// Result of an SMTP test send (core/smtp), when one was run as part of the audit (BP05, BP09).
struct SmtpTransportProbe
{
    QString host;
    int port = 587;
    QDateTime testedAt;
    bool startTlsOffered = false;
    bool tlsEstablished = false;
    QString tlsProtocol; // "TLSv1.2", "TLSv1.3"
    bool certificateValid = false;
    bool authOfferedBeforeTls = false; // AUTH advertised in the plaintext EHLO
};

// Everything the collectors learnt about a tenant, as plain values. Rules and the resolver read it;
// nothing in it reaches back to the network.
//
// Unknown vs empty: a list is authoritative only when its collector's status is Complete; a failed or
// not-run collector leaves its list empty AND marks it unknown, and every consumer checks status()
// before treating "not in the list" as "absent". Optional scalar fields stay nullopt until their
// collector completes.
struct TenantSnapshot
{
    QDateTime capturedAt;
    OrganizationInfo organization;
    QList<DirectoryUser> users;
    QList<Mailbox> mailboxes;
    QList<AuthenticationPolicy> authenticationPolicies;
    QList<UserRegistration> registrations;
    QList<PerUserMfa> perUserMfa;
    QList<ConditionalAccessPolicy> conditionalAccessPolicies;
    QList<NamedLocation> namedLocations;
    QList<Application> applications;
    SignInData signIns;

    // Settings the admin chose for this audit.
    QStringList declaredSendingRanges; // CIDR, IPv4 and IPv6 (CidrRange parses them)
    int rotationPeriodDays = 90;
    OwnCredential ownCredential;
    std::optional<SmtpTransportProbe> transportProbe;

    QMap<CollectorId, CollectorStatus> collectors;

    CollectorStatus status(CollectorId id) const { return collectors.value(id); }
    bool isComplete(CollectorId id) const { return collectors.value(id).isComplete(); }
    void setStatus(CollectorId id, CollectorStatus status) { collectors.insert(id, std::move(status)); }
    // Required collectors that did not complete (failed or not run).
    QList<CollectorId> incompleteCollectors() const;
    bool isPartial() const { return !incompleteCollectors().isEmpty(); }
    // Evidence source for a collector: what it recorded, else its documented query and capturedAt.
    DataSource sourceOf(CollectorId id) const;
};

// Lookups over a snapshot, built once (the resolver and rules run over tens of thousands of mailboxes).
// Holds pointers into the snapshot: the snapshot must outlive the index and stay unmodified.
class SnapshotIndex
{
public:
    explicit SnapshotIndex(const TenantSnapshot& snapshot);

    const TenantSnapshot& snapshot() const { return m_snapshot; }
    const DirectoryUser* userById(const QString& id) const;
    const DirectoryUser* userByUpn(const QString& upn) const; // case-insensitive
    // The directory user behind a mailbox: ExternalDirectoryObjectId first, then the UPN.
    const DirectoryUser* userForMailbox(const Mailbox& mailbox) const;
    const UserRegistration* registrationFor(const QString& userId, const QString& upn) const;
    const PerUserMfa* perUserMfaFor(const QString& userId, const QString& upn) const;
    const AuthenticationPolicy* authenticationPolicy(const QString& name) const; // case-insensitive
    const UserSignInUsage* signInUsage(const QString& upn) const;                // case-insensitive
    const Application* applicationByAppId(const QString& appId) const;

    // UPNs and object ids compare lower-cased (the shared spec keys mailboxes by lower-case UPN).
    static QString key(const QString& text) { return text.toLower(); }

    // From this many users, registrations and MFA states together the maps are built on the thread pool.
    static constexpr qsizetype parallelThreshold = 20000;

private:
    const TenantSnapshot& m_snapshot;
    QHash<QString, const DirectoryUser*> m_usersById;
    QHash<QString, const DirectoryUser*> m_usersByUpn;
    QHash<QString, const UserRegistration*> m_registrationsById;
    QHash<QString, const UserRegistration*> m_registrationsByUpn;
    QHash<QString, const PerUserMfa*> m_mfaById;
    QHash<QString, const PerUserMfa*> m_mfaByUpn;
    QHash<QString, const AuthenticationPolicy*> m_policies;
    QHash<QString, const UserSignInUsage*> m_usage;
    QHash<QString, const Application*> m_appsByAppId;
};

} // namespace smtpaudit
