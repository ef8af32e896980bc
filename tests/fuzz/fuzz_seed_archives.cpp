// Makes the archive fuzzer's seeds: each folder given packed as a ZIP and as an ISO 9660
// image, with libarchive's writer (the same code the tests use), as patient portals hand out
// discs. scripts/fuzz.sh calls it: fuzz_seed_archives OUT_DIR FOLDER...
#include "support/ArchiveWriter.h"

#include <QDir>
#include <QFileInfo>

#include <cstdio>

int main(int argc, char** argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s OUT_DIR FOLDER...\n", argv[0]);
        return 64;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    int failed = 0;
    for (int i = 2; i < argc; ++i) {
        const QString folder = QString::fromLocal8Bit(argv[i]);
        const QString name = QFileInfo(folder).fileName();
        using scanshield::test::ArchiveFormat;
        for (const auto& [format, suffix] : {std::pair{ArchiveFormat::Zip, ".zip"}, std::pair{ArchiveFormat::Iso9660, ".iso"}}) {
            const QString path = out.filePath(name + QLatin1String(suffix));
            if (!scanshield::test::writeArchive(folder, path, format)) {
                std::fprintf(stderr, "could not write %s\n", qPrintable(path));
                ++failed;
            }
        }
    }
    return failed == 0 ? 0 : 1;
}
