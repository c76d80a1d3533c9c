fn main() {
    let pid = unsafe { libc::getpid() }; //~ unsupported: libc|unsafe
    println!("pid {pid}");
}
