fn main() {
    let c = std::ffi::CString::new("hello").unwrap(); //~ unsupported: ffi|CString
    println!("{}", c.as_bytes().len());
}
