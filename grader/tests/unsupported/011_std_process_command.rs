use std::process::Command; //~ unsupported: std::process|process

fn main() {
    let out = Command::new("ls").arg("-l").output().expect("ls runs");
    println!("{}", String::from_utf8_lossy(&out.stdout));
}
