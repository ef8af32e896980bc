// Reading a DICOMDIR: the fast walk of its records, DCMTK's reading (which the fast walk
// falls back to), and a disc scan of a folder holding only that DICOMDIR, which visits the
// files it names (matched exactly, then case-insensitively) and lists the missing ones.
#include "FuzzSupport.h"

#include "media/DicomDirReader.h"
#include "media/DiscScanner.h"
#include "media/IndexJson.h"

#include <QFileInfo>

#include <cstdint>

using namespace scanshield;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::prepareProcess();
    const QByteArray input = fuzz::bytesOf(data, size);
    const media::DicomDirContents fast = media::readDicomDir(input);
    const media::DicomDirContents dcmtk = media::readDicomDirWithDcmtk(input);
    fuzz::expectPromise(fast.readable || !fast.error.isEmpty(), "an unreadable DICOMDIR comes with a reason");
    fuzz::expectPromise(dcmtk.readable || !dcmtk.error.isEmpty(), "an unreadable DICOMDIR comes with a reason");

    const QString path = fuzz::writeInput(input, QStringLiteral("DICOMDIR"));
    const media::ScanResult scan = media::DiscScanner().scan(QFileInfo(path).absolutePath());
    media::indexToJson(scan.index);
    return 0;
}
