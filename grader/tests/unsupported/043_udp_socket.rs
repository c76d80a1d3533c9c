fn main() {
    let socket = std::net::UdpSocket::bind("0.0.0.0:0").unwrap(); //~ unsupported: std::net|net|UdpSocket
    println!("{:?}", socket.local_addr().is_ok());
}
