#pragma once

#include "util/Error.h"

#include <utility>
#include <variant>

namespace smtpaudit {

// Fallible calls return a Result (Nextcloud's Result<T,E>, std::expected before C++23).
template <typename T, typename E = Error>
class Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(E error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<0>(m_data); }
    T& value() & { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }

    const E& error() const { return std::get<1>(m_data); }

private:
    std::variant<T, E> m_data;
};

// For operations that yield nothing but can fail.
struct Success
{};
using Status = Result<Success>;

} // namespace smtpaudit
