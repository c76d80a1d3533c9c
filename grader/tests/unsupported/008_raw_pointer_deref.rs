fn main() {
    let mut total = 5;
    let p = &mut total as *mut i32; //~ unsupported: raw pointer|*mut
    let q = p;
    println!("{:?}", q.is_null());
}
