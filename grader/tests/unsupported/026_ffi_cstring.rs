use std::ffi::CString; //~ unsupported: ffi|CString

fn main() {
    let c = CString::new("hello").unwrap();
    println!("{}", c.as_bytes().len());
}
