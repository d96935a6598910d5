#pragma once

#include "audit/LegacyAuthPolicy.h"
#include "audit/TenantSnapshot.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace smtpaudit {

// Verdicts of /work/spec-effective-smtp-auth.md, plus one extension: `unknown`, used only when an input
// the verdict depends on could not be read (its collector failed or did not run) and no known input
// already decides it. A complete snapshot never yields `unknown`.
enum class SmtpAuthVerdict
{
    Enabled,  // password-based SMTP AUTH works
    Disabled, // the SMTP AUTH protocol is off for the mailbox
    Blocked,  // protocol on, but Basic auth over SMTP cannot succeed (only OAuth / XOAUTH2)
    Unknown,  // extension: an unreadable input could change the answer
};

QString verdictName(SmtpAuthVerdict verdict); // "enabled" | "disabled" | "blocked" | "unknown"
std::optional<SmtpAuthVerdict> verdictFromName(QStringView name);

// Reason codes in the spec's order. The *Unknown codes are the documented extension: each takes the place
// of the blocker (or protocol value) it stands for, so a reader sees exactly which input was missing.
enum class SmtpAuthReasonCode
{
    // step 1: protocol setting (exactly one)
    MailboxDisabled,         // "mailbox-disabled"
    MailboxEnabled,          // "mailbox-enabled"
    OrgDisabled,             // "org-disabled"
    OrgEnabled,              // "org-enabled"
    OrgUnknown,              // "org-unknown": mailbox $null and Get-TransportConfig not read
                             // step 2: blockers, in order
    AccountDisabled,         // "account-disabled"
    AccountUnknown,          // "account-unknown": users not read, or no directory user for the mailbox
    AuthPolicyBlocksBasic,   // "auth-policy-blocks-basic"
    AuthPolicyUnknown,       // "auth-policy-unknown": Get-User / Get-OrganizationConfig / policies not read
    SecurityDefaults,        // "security-defaults"
    SecurityDefaultsUnknown, // "security-defaults-unknown"
    CaBlocksLegacy,          // "ca-blocks-legacy"
    CaUnknown,               // "ca-unknown": CA policies not read, or scoped to groups/roles not expanded
    PerUserMfaEnforced,      // "per-user-mfa-enforced"
    PerUserMfaUnknown,       // "per-user-mfa-unknown"
                             // informational, after the blockers
    CaExcluded,              // "ca-excluded"
    AuthPolicyAllowsBasic,   // "auth-policy-allows-basic"
};

QString reasonCodeName(SmtpAuthReasonCode code);
std::optional<SmtpAuthReasonCode> reasonCodeFromName(QStringView name);
bool isUnknownReason(SmtpAuthReasonCode code);
bool isBlockingReason(SmtpAuthReasonCode code);

struct SmtpAuthReason
{
    SmtpAuthReasonCode code;
    QString detail; // human-readable, translated: which policy (name and id), which value

    QString codeName() const { return reasonCodeName(code); }
};

struct EffectiveSmtpAuth
{
    SmtpAuthVerdict verdict = SmtpAuthVerdict::Unknown;
    QList<SmtpAuthReason> reasons;

    QStringList reasonCodes() const;
    bool hasReason(SmtpAuthReasonCode code) const;
    bool hasUnknownInput() const;
    const SmtpAuthReason* reason(SmtpAuthReasonCode code) const;
};

// One row per mailbox: the verdict with everything the mailbox table, the rules and the JSON need.
struct MailboxAssessment
{
    QString userPrincipalName;
    QString displayName;
    QString type; // RecipientTypeDetails
    QString userId;
    std::optional<bool> accountEnabled; // nullopt: users not read / no directory user
    std::optional<bool> smtpClientAuthenticationDisabled;
    EffectiveSmtpAuth smtpAuth;
    QString authenticationPolicy; // the effective policy's name; empty = none or unknown
    // MFA: nullopt when userRegistrationDetails / per-user MFA could not be read. When read but the user
    // has no record, the spec's defaults apply (not registered, not admin, per-user MFA disabled).
    std::optional<bool> mfaRegistered;
    QStringList methodsRegistered;
    std::optional<PerUserMfaState> perUserMfaState;
    std::optional<bool> isAdmin;
    QDateTime lastPasswordChangeDateTime;
    // nullopt when the sign-in log is unavailable; zero counts when it was read and showed nothing.
    std::optional<UserSignInUsage> smtpSignIns;
};

// Not thread-safe (it shares reason texts through an internal cache): one resolver per thread.
class EffectiveSmtpAuthResolver
{
    Q_DECLARE_TR_FUNCTIONS(EffectiveSmtpAuthResolver)

public:
    explicit EffectiveSmtpAuthResolver(const TenantSnapshot& snapshot);

    EffectiveSmtpAuth resolve(const Mailbox& mailbox) const;
    MailboxAssessment assess(const Mailbox& mailbox) const;
    // Every mailbox of the snapshot, sorted by lower-case UPN (the spec's order). A large tenant's
    // mailboxes are assessed in chunks on the global thread pool (the calling thread takes part); the
    // result is the same as assessing them one by one: chunk results go in sorted order, and each chunk
    // shares its reason texts through a cache of its own.
    QList<MailboxAssessment> assessAll() const;
    // Below this many mailboxes assessAll() stays on the calling thread.
    static constexpr qsizetype parallelThreshold = 2048;
    // assessAll() with at most `maxChunks` chunks (1 = serial); for tests comparing both.
    QList<MailboxAssessment> assessAll(int maxChunks) const;
    const SnapshotIndex& index() const { return m_index; }

private:
    struct Collected;
    using DetailCache = QSet<QString>;
    EffectiveSmtpAuth resolveShared(const Mailbox& mailbox, DetailCache& details) const;
    // Replaces each reason text by its shared copy in `details` (adding the ones not there yet).
    static EffectiveSmtpAuth shareDetails(EffectiveSmtpAuth result, DetailCache& details);
    MailboxAssessment assessWith(const Mailbox& mailbox, DetailCache& details) const;
    // `user` and `mfa` are the mailbox's directory user and per-user MFA record (null: none, or not read),
    // looked up once by the caller; assess() needs them too.
    EffectiveSmtpAuth resolveUncached(const Mailbox& mailbox, const DirectoryUser* user, const PerUserMfa* mfa) const;
    const PerUserMfa* perUserMfaOf(const QString& userId, const QString& upn) const;
    void addAccountReasons(const DirectoryUser* user, Collected& out) const;
    void addAuthPolicyReasons(const Mailbox& mailbox, Collected& out) const;
    void addSecurityDefaultsReasons(Collected& out) const;
    void addConditionalAccessReasons(const QString& userId, const DirectoryUser* user, Collected& out) const;
    void addPerUserMfaReasons(const PerUserMfa* mfa, Collected& out) const;

    const TenantSnapshot& m_snapshot;
    SnapshotIndex m_index;
    QList<LegacyAuthBlockPolicy> m_legacyBlockPolicies;
    // Reason details repeat across mailboxes (the same policy, the same sentence): one shared copy each
    // keeps an 88,000-mailbox audit from holding hundreds of thousands of equal strings.
    // Used by resolve() and assess(); assessAll() gives each chunk its own.
    mutable DetailCache m_details;
};

} // namespace smtpaudit
