fn main() {
    let p: *const u8 = std::ptr::null(); //~ unsupported: raw pointer|*const|ptr
    println!("{}", p.is_null());
}
