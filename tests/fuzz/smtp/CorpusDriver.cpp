// Runs the libFuzzer target's entry point over its seed corpus without libFuzzer, so that CI (GCC, no
// -fsanitize=fuzzer) exercises the same checks on every build: each seed whole, every prefix of it (the
// parser sees replies arrive in pieces) and each seed with one byte flipped at every position.

#include <QDirIterator>
#include <QFile>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

void runOne(const QByteArray& input)
{
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.constData()), size_t(input.size()));
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR...\n", argv[0]);
        return 2;
    }
    int seeds = 0;
    long long inputs = 0;
    for (int i = 1; i < argc; ++i) {
        QDirIterator it(QString::fromLocal8Bit(argv[i]), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(file.fileName()));
                return 1;
            }
            const QByteArray seed = file.readAll();
            ++seeds;
            for (qsizetype length = 0; length <= seed.size(); ++length, ++inputs)
                runOne(seed.left(length));
            for (qsizetype pos = 0; pos < seed.size(); ++pos) {
                for (const char flip : {'\0', '\r', '\n', '-', ' ', '9', '\xff'}) {
                    QByteArray mutated = seed;
                    mutated[pos] = flip;
                    runOne(mutated);
                    ++inputs;
                }
            }
        }
    }
    if (seeds == 0) {
        std::fprintf(stderr, "no seeds found: the corpus run would prove nothing\n");
        return 1;
    }
    std::printf("%d seeds, %lld inputs parsed without a failed check\n", seeds, inputs);
    return 0;
}
