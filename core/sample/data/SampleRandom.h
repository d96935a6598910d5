#pragma once

#include <QString>
#include <QtGlobal>

#include <array>
#include <initializer_list>
#include <random>
#include <span>

namespace smtpaudit::sample {

// SplitMix64 finaliser: a stateless 64-bit mix for identifiers derived from a position (sign-in ids),
// so they need no storage and are the same on every run.
constexpr quint64 mix64(quint64 value)
{
    value += 0x9e3779b97f4a7c15ULL;
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}

// A GUID-shaped string (version 4, RFC 4122 variant) from 128 bits.
QString guidFromBits(quint64 high, quint64 low);
// The same text as ASCII, without allocating (the sample server writes two per sign-in event).
using GuidText = std::array<char, 36>;
GuidText guidTextFromBits(quint64 high, quint64 low);
inline QString guidString(const GuidText& text)
{
    return QString::fromLatin1(text.data(), static_cast<qsizetype>(text.size()));
}

// Deterministic randomness for the generator. std::mt19937_64's output is fixed by the standard, but the
// std:: distributions are not (libstdc++ and MSVC differ), so every mapping to a range is done here:
// the same seed gives byte-identical tenants on every platform.
class SampleRandom
{
public:
    explicit SampleRandom(quint64 seed)
        : m_engine(seed)
    {}

    quint64 next() { return m_engine(); }
    // Uniform in [0, 1).
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    // Uniform integer in [low, high] (inclusive). Modulo bias is below 2^-40 for our ranges: irrelevant.
    qint64 between(qint64 low, qint64 high)
    {
        if (high <= low)
            return low;
        return low + static_cast<qint64>(next() % static_cast<quint64>(high - low + 1));
    }
    int index(qsizetype size) { return size <= 1 ? 0 : static_cast<int>(next() % static_cast<quint64>(size)); }
    bool chance(double probability) { return unit() < probability; }
    // A count with the given mean, spread evenly over [0.5, 1.5] x mean (cheap, and enough for sample data).
    int countAround(double mean)
    {
        const double value = mean * (0.5 + unit());
        const int whole = static_cast<int>(value);
        return whole + (unit() < value - whole ? 1 : 0);
    }
    // Index chosen with the given relative weights.
    int weighted(std::span<const int> weights)
    {
        const int* w = weights.data();
        const int count = static_cast<int>(weights.size());
        int total = 0;
        for (int i = 0; i < count; ++i)
            total += w[i];
        int roll = static_cast<int>(between(0, total - 1));
        for (int i = 0; i < count; ++i) {
            if (roll < w[i])
                return i;
            roll -= w[i];
        }
        return count - 1;
    }
    int weighted(std::initializer_list<int> weights)
    {
        return weighted(std::span<const int>(weights.begin(), weights.size()));
    }
    QString guid() { return guidFromBits(next(), next()); }

private:
    std::mt19937_64 m_engine;
};

} // namespace smtpaudit::sample
