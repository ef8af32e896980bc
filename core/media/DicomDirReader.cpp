#include "media/DicomDirReader.h"

#include "dicom/BoundedText.h"
#include "dicom/DicomBytes.h"
#include "media/HeaderParse.h"
#include "media/RandomAccessBytes.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcsequen.h>

namespace scanshield::media {

namespace {

// Records may nest (patient > study > series > image) through lower-level directory
// entities in old files; the flat DirectoryRecordSequence is the norm, but walk both.
void collectReferences(DcmItem& record, QStringList& out, int depth)
{
    if (depth > 16)
        return;
    const QByteArray fileId = dicom::boundedText(record, DCM_ReferencedFileID).value_or(QByteArray());
    if (!fileId.isEmpty()) {
        QString path = QString::fromLatin1(fileId.constData()).trimmed();
        path.replace(QLatin1Char('\\'), QLatin1Char('/'));
        out.append(path);
    }
    DcmSequenceOfItems* nested = nullptr;
    if (record.findAndGetSequence(DCM_DirectoryRecordSequence, nested).good() && nested)
        for (unsigned long i = 0; i < nested->card(); ++i)
            collectReferences(*nested->getItem(i), out, depth + 1);
}

} // namespace

DicomDirContents readDicomDir(const QByteArray& bytes)
{
    DicomDirContents contents;
    RandomAccessBytes source(bytes);
    if (std::optional<QStringList> files = readReferencedFilesFast(source)) {
        contents.readable = true;
        contents.referencedFiles = std::move(*files);
        contents.referencedFiles.removeDuplicates();
        return contents;
    }
    return readDicomDirWithDcmtk(bytes);
}

DicomDirContents readDicomDirWithDcmtk(const QByteArray& bytes)
{
    DicomDirContents contents;
    dicom::LoadedDicom loaded = dicom::loadDicomBytes(bytes);
    if (!loaded.readCompletely) {
        contents.error = loaded.errorText;
        return contents;
    }
    contents.readable = true;
    DcmSequenceOfItems* records = nullptr;
    if (loaded.file->getDataset()->findAndGetSequence(DCM_DirectoryRecordSequence, records).bad() || !records)
        return contents;
    for (unsigned long i = 0; i < records->card(); ++i)
        collectReferences(*records->getItem(i), contents.referencedFiles, 0);
    contents.referencedFiles.removeDuplicates();
    return contents;
}

} // namespace scanshield::media
