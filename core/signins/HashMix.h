#pragma once

#include <cstdint>

namespace smtpaudit {

// splitmix64's finaliser (Steele, Lea, Flood 2014): a cheap, well-known bit mixer.
constexpr std::uint64_t mix64(std::uint64_t x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

} // namespace smtpaudit
