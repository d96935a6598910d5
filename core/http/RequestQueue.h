#pragma once

#include <QHash>
#include <QString>

#include <deque>
#include <optional>

namespace smtpaudit {

// The ApiClient's waiting requests: one lane per endpoint, served in turn, so that no endpoint waits for
// another to drain. An audit queues hundreds of sign-in slices at once; first come first served made the
// Exchange collectors, and the per-user MFA batches that follow them, wait about eight seconds behind
// them, while the latency-bound batches could have filled slots the CPU-bound sign-in pages left.
// Within a lane, urgent entries (continuations of running chains, retries, redirects) come first.
class RequestQueue
{
public:
    using Id = quint64;

    void push(Id id, const QString& lane, bool urgent);
    // Ahead of everything else of its lane (a retry or a redirect that is due now).
    void pushFront(Id id, const QString& lane);
    // The next entry, taking lanes in turn; nullopt when empty.
    std::optional<Id> pop();

    bool isEmpty() const { return m_turns.empty(); }
    qsizetype size() const { return m_size; }

private:
    struct Lane
    {
        std::deque<Id> urgent;
        std::deque<Id> normal;
    };
    void addTurn(const QString& lane, Lane& entries);

    QHash<QString, Lane> m_lanes;
    std::deque<QString> m_turns; // lanes with entries, in the order they are served next
    qsizetype m_size = 0;
};

} // namespace smtpaudit
