#include "http/RequestQueue.h"

namespace smtpaudit {

void RequestQueue::addTurn(const QString& lane, Lane& entries)
{
    // A lane has a turn exactly while it holds entries: added with its first one, dropped by pop() with its last.
    if (entries.urgent.size() + entries.normal.size() == 1)
        m_turns.push_back(lane);
}

void RequestQueue::push(Id id, const QString& lane, bool urgent)
{
    Lane& entries = m_lanes[lane];
    (urgent ? entries.urgent : entries.normal).push_back(id);
    ++m_size;
    addTurn(lane, entries);
}

void RequestQueue::pushFront(Id id, const QString& lane)
{
    Lane& entries = m_lanes[lane];
    entries.urgent.push_front(id);
    ++m_size;
    addTurn(lane, entries);
}

std::optional<RequestQueue::Id> RequestQueue::pop()
{
    if (m_turns.empty())
        return std::nullopt;
    const QString lane = m_turns.front();
    m_turns.pop_front();
    const auto it = m_lanes.find(lane);
    Lane& entries = it.value();
    std::deque<Id>& from = entries.urgent.empty() ? entries.normal : entries.urgent;
    const Id id = from.front();
    from.pop_front();
    --m_size;
    if (entries.urgent.empty() && entries.normal.empty())
        m_lanes.erase(it);
    else
        m_turns.push_back(lane);
    return id;
}

} // namespace smtpaudit
