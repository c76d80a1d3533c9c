fn main() {
    let out = std::process::Command::new("ls").arg("-l").output().expect("ls runs"); //~ unsupported: std::process|process|Command
    println!("{}", String::from_utf8_lossy(&out.stdout));
}
