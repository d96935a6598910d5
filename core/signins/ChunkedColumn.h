#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace smtpaudit {

// A growable column of trivially copyable values stored in fixed chunks of 65,536 elements. Unlike a
// std::vector it never copies on growth, so appending millions of rows neither doubles the peak memory
// nor leaves freed buffers behind in the allocator; chunks are allocated uninitialised, so only the
// pages actually written become resident.
template <typename T>
class ChunkedColumn
{
public:
    static constexpr unsigned kChunkBits = 16;
    static constexpr std::size_t kChunkSize = std::size_t{1} << kChunkBits;
    static constexpr std::size_t kChunkMask = kChunkSize - 1;

    std::size_t size() const { return m_size; }

    const T& operator[](std::size_t index) const { return m_chunks[index >> kChunkBits][index & kChunkMask]; }
    T& operator[](std::size_t index) { return m_chunks[index >> kChunkBits][index & kChunkMask]; }

    void push_back(const T& value)
    {
        if ((m_size & kChunkMask) == 0 && (m_size >> kChunkBits) == m_chunks.size())
            m_chunks.push_back(std::unique_ptr<T[]>(new T[kChunkSize]));
        (*this)[m_size] = value;
        ++m_size;
    }

    // Pre-allocates the chunk table (not the chunks): keeps the table from moving during appends.
    void reserve(std::size_t elements) { m_chunks.reserve((elements + kChunkSize - 1) >> kChunkBits); }

    // Calls f(index, value) for every element in [begin, end), chunk by chunk (tight inner loops).
    template <typename F>
    void forRange(std::size_t begin, std::size_t end, F&& f) const
    {
        while (begin < end) {
            const T* chunk = m_chunks[begin >> kChunkBits].get();
            const std::size_t chunkEnd = std::min(end, (begin | kChunkMask) + 1);
            for (std::size_t i = begin; i < chunkEnd; ++i)
                f(i, chunk[i & kChunkMask]);
            begin = chunkEnd;
        }
    }

private:
    std::vector<std::unique_ptr<T[]>> m_chunks;
    std::size_t m_size = 0;
};

} // namespace smtpaudit
