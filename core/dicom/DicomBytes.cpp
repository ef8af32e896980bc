#include "dicom/DicomBytes.h"

#include "dicom/DcmtkSetup.h"

#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcistrmb.h>
#include <dcmtk/dcmdata/dcerror.h>

namespace scanshield::dicom {

namespace {

bool isEndOfData(const OFCondition& status)
{
    return status == EC_StreamNotifyClient || status == EC_PrematureSequDelimitationItem ||
           status == EC_SequEnd || status == EC_ItemEnd || status == EC_EndOfStream;
}

LoadedDicom finish(std::unique_ptr<DcmFileFormat> file, const OFCondition& status)
{
    LoadedDicom result;
    if (status.good()) {
        result.file = std::move(file);
        return result;
    }
    result.errorText = QString::fromLatin1(status.text());
    result.endedEarly = isEndOfData(status);
    return result;
}

} // namespace

LoadedDicom loadDicomFile(const QString& path, unsigned maxReadLength)
{
    ensureDcmtkReady();
    auto file = std::make_unique<DcmFileFormat>();
    const OFCondition status = file->loadFile(OFFilename(path.toLocal8Bit().constData()), EXS_Unknown,
                                              EGL_noChange, maxReadLength, ERM_autoDetect);
    return finish(std::move(file), status);
}

LoadedDicom loadDicomBytes(const QByteArray& bytes, unsigned maxReadLength)
{
    ensureDcmtkReady();
    auto file = std::make_unique<DcmFileFormat>();
    DcmInputBufferStream stream;
    stream.setBuffer(bytes.constData(), offile_off_t(bytes.size()));
    stream.setEos();
    file->transferInit();
    const OFCondition status = file->read(stream, EXS_Unknown, EGL_noChange, maxReadLength);
    file->transferEnd();
    return finish(std::move(file), status);
}

} // namespace scanshield::dicom
