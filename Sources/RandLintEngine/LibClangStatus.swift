import RandLintC
import RandLintCore

/// Whether this process can analyze C: where libclang was loaded from, or why it could not be.
public enum LibClangStatus {
    public static func locate() -> Result<String, RandLintError> {
        do { return .success(try CFrontEnd.loadLibClang()) }
        catch let error as RandLintError { return .failure(error) }
        catch { return .failure(RandLintError("C analysis needs libclang: \(error)")) }
    }
}
