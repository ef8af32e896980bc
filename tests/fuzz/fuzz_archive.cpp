// Reading an archive (ZIP, ISO 9660, tar, 7z) as a disc: libarchive lists and reads the
// entries in place, every entry's header is read, DICOMDIRs inside are followed, and each
// entry is read whole as the viewer does. The paths of entries are checked to stay inside
// the disc (no '..', no leading '/').
#include "FuzzSupport.h"

#include "media/ArchiveSource.h"
#include "media/DiscScanner.h"
#include "media/IndexJson.h"

#include <cstdint>

using namespace scanshield;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::prepareProcess();
    const QString path = fuzz::writeInput(fuzz::bytesOf(data, size), QStringLiteral("disc.zip"));

    const media::ScanResult scan = media::DiscScanner().scan(path);
    media::indexToJson(scan.index);

    media::ArchiveSource archive(path);
    QList<media::SourceFile> files;
    QString error;
    if (!archive.listFiles(files, error))
        return 0;
    for (const media::SourceFile& file : files) {
        fuzz::expectPromise(!file.path.startsWith(QLatin1Char('/')) && !file.path.split(QLatin1Char('/')).contains(QStringLiteral("..")),
                            "an archive's entry never names a place outside the disc");
        archive.readFile(file.path, error);
    }
    return 0;
}
