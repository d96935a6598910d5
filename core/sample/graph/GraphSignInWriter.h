#pragma once

#include "sample/SampleJsonWriter.h"
#include "sample/data/TenantModel.h"

#include <QByteArray>
#include <QHash>

#include <vector>

namespace smtpaudit::sample {

// Writes sign-in events in Graph's v1.0 shape (the items of GET /auditLogs/signIns).
//
// Most of an event's ~2.5 KB is the same for every event of one application, status, device, location
// and conditional-access outcome. Those parts are escaped once (the static tables once per process, the
// policy outcomes once per writer) and copied per event; only the event's own values (ids, time, user,
// address) are written each time. A large audit reads ~290,000 events, and writing them field by field
// was the sample server's largest cost while collecting.
class SignInWriter
{
public:
    // The model must outlive the writer and not change meanwhile (one writer per page is the use).
    explicit SignInWriter(const TenantModel& model);

    // The event at `position` of model.signIns as one JSON object.
    void write(JsonWriter& json, std::size_t position);

private:
    struct Policy
    {
        const ConditionalAccessPolicy* policy = nullptr;
        bool enabled = false;
        bool reportOnly = false;
        bool blocks = false;
        bool anyLocation = false;       // no includeLocations: the sample never places sign-ins in one
        bool legacyClients = false;     // applies to legacy protocols ("other" / Exchange ActiveSync)
        bool modernClients = false;     // applies to browsers, mobile and desktop apps
        std::vector<bool> appliesToApp; // per SignInLog::apps()
    };

    static bool applies(const Policy& policy, const SampleUser& user, const SignInRecord& record);
    // "appliedConditionalAccessPolicies":[...],"conditionalAccessStatus":"...": `applies(i)` tells whether
    // policy i applied; `blocked` is a sign-in that conditional access refused (53003).
    template <typename Applies>
    QByteArray outcomeText(Applies applies, bool blocked, bool success) const;
    void writeOutcome(JsonWriter& json, const SampleUser& user, const SignInRecord& record, bool blocked, bool success);

    const TenantModel& m_model;
    std::vector<Policy> m_policies;
    QHash<quint64, QByteArray> m_outcomes; // by applied-policy bits, blocked and success
};

} // namespace smtpaudit::sample
